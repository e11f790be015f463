//! Pass 2: the cleaned page. The removed elements are cut out of the page by the byte spans
//! the scan took from lol_html's source positions (`Page::spans`), and the charset
//! declarations say UTF-8 (`Page::charset_tags`), since the page was decoded before the scan.
//!
//! Why no second lol_html pass: it would parse the whole page again (12 % of the native time)
//! to number elements the scan has already numbered, and it would end an element with no end
//! tag (`<p>`, `<li>`) where lol_html's own matching ends it, not where the scan's tree, the
//! one the judge decided on, ends it.

use crate::scan::Page;

/// Returns the page without the elements whose pre-order index is in `remove`. `html` is the
/// text `page` was scanned from.
pub fn rewrite(html: &str, page: &Page, remove: impl IntoIterator<Item = u32>) -> Result<String, String> {
    let mut edits: Vec<(u32, u32, &str)> = remove
        .into_iter()
        .filter_map(|i| page.spans.get(i as usize))
        .map(|&(start, end)| (start, end, ""))
        .chain(page.charset_tags.iter().copied())
        .collect();
    // by start, the wider edit first: an edit that starts inside one already made is dropped
    edits.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut out = String::with_capacity(html.len());
    let mut at = 0usize;
    for (start, end, with) in edits {
        let (start, end) = (start as usize, end as usize);
        if start < at {
            continue;
        }
        out.push_str(html.get(at..start).ok_or("cannot rewrite the page: an element span is not on a character boundary")?);
        out.push_str(with);
        at = end.max(start);
    }
    out.push_str(html.get(at..).ok_or("cannot rewrite the page: an element span is not on a character boundary")?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::scan;

    fn cut(html: &str, remove: &[u32]) -> String {
        rewrite(html, &scan(html).unwrap(), remove.iter().copied()).unwrap()
    }

    #[test]
    fn removes_by_pre_order_index_including_after_removed_subtrees() {
        let html = "<html><head></head><body><div><p>a</p><p>b</p></div><p>c</p><p>d</p></body></html>";
        // 0 html 1 head 2 body 3 div 4 p 5 p 6 p(c) 7 p(d)
        assert_eq!(cut(html, &[3, 7]), "<html><head></head><body><p>c</p></body></html>");
        // nested removals: the outer one wins
        assert_eq!(cut(html, &[4, 3]), "<html><head></head><body><p>c</p><p>d</p></body></html>");
    }

    #[test]
    fn elements_without_end_tags_end_where_the_scan_closed_them() {
        // 0 html 1 head 2 body 3 div 4 p 5 span 6 p 7 ul 8 li 9 li 10 img
        let html = "<html><head></head><body><div><p>one <span>two</div><p>three<ul><li>x<li>y</ul><img src=a.png>tail</body></html>";
        // the span ends where </div> starts, the div's end tag stays; the div takes it along
        assert_eq!(cut(html, &[5]), "<html><head></head><body><div><p>one </div><p>three<ul><li>x<li>y</ul><img src=a.png>tail</body></html>");
        assert_eq!(cut(html, &[3]), "<html><head></head><body><p>three<ul><li>x<li>y</ul><img src=a.png>tail</body></html>");
        // a <p> ends at the <ul> that closes it; an <li> at the next <li>
        assert_eq!(cut(html, &[6, 8]), "<html><head></head><body><div><p>one <span>two</div><ul><li>y</ul><img src=a.png>tail</body></html>");
        // a void element is its tag; an unclosed element at the end runs to the end
        assert_eq!(cut(html, &[10]), "<html><head></head><body><div><p>one <span>two</div><p>three<ul><li>x<li>y</ul>tail</body></html>");
        assert_eq!(cut("<div>a<section>b", &[1]), "<div>a");
    }

    #[test]
    fn charset_declarations_say_utf8() {
        let html = "<html><head><META CHARSET=Shift_JIS><meta http-equiv=content-type content='text/html; charset=gbk'><meta name=x content=y></head><body><p>a</p></body></html>";
        assert_eq!(
            cut(html, &[]),
            "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><meta name=x content=y></head><body><p>a</p></body></html>"
        );
    }
}
