//! Pass 2: a second lol_html pass that drops the elements of the removal set by their
//! pre-order index (numbered by the same `scan::Order` as pass 1), and declares the output
//! UTF-8, since the page was decoded before pass 1.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use lol_html::html_content::Element;
use lol_html::{element, HtmlRewriter, Settings};

use crate::scan::Order;

/// Returns the page without the elements whose pre-order index is in `remove`.
pub fn rewrite(html: &str, remove: &HashSet<u32>) -> Result<Vec<u8>, String> {
    let order = Rc::new(RefCell::new(Order::default()));
    let mut out = Vec::with_capacity(html.len());
    {
        let settings = Settings::new()
            .with_strict(false)
            .append_element_content_handler(element!("*", move |el: &mut Element| {
                if let Some(i) = Order::number(&order, el) {
                    if remove.contains(&i) {
                        el.remove();
                    }
                }
                Ok(())
            }))
            .append_element_content_handler(element!("meta[charset]", |el: &mut Element| {
                el.set_attribute("charset", "utf-8")?;
                Ok(())
            }))
            .append_element_content_handler(element!("meta[http-equiv]", |el: &mut Element| {
                if el.get_attribute("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type")) {
                    el.set_attribute("content", "text/html; charset=utf-8")?;
                }
                Ok(())
            }));
        let sink: crate::scan::Sink = Box::new(|c: &[u8]| out.extend_from_slice(c));
        let mut rw = HtmlRewriter::new(settings, sink);
        rw.write(html.as_bytes()).map_err(|e| format!("cannot rewrite the page: {e}"))?;
        rw.end().map_err(|e| format!("cannot rewrite the page: {e}"))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_by_pre_order_index_including_after_removed_subtrees() {
        let html = "<html><head></head><body><div><p>a</p><p>b</p></div><p>c</p><p>d</p></body></html>";
        // 0 html 1 head 2 body 3 div 4 p 5 p 6 p(c) 7 p(d)
        let out = rewrite(html, &[3, 7].into_iter().collect()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "<html><head></head><body><p>c</p></body></html>");
    }
}
