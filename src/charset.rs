//! Input decoding. The page is turned into UTF-8 once, before pass 1: from its BOM, else the
//! charset its `<meta>` declares (found by a short lol_html pass over the head), else UTF-8
//! when the bytes are valid UTF-8, else windows-1252 (what browsers assume).

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use lol_html::html_content::Element;
use lol_html::{element, HtmlRewriter, Settings};

/// How far into the page a charset declaration is looked for (browsers use 1024 bytes; pages
/// with long heads often declare it later, so we look further).
const PRESCAN: usize = 8192;

fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let found: Rc<RefCell<Option<String>>> = Rc::default();
    let f = found.clone();
    let settings = Settings::new().with_strict(false).append_element_content_handler(element!("meta", move |el: &mut Element| {
        let mut f = f.borrow_mut();
        if f.is_none() {
            if let Some(c) = el.get_attribute("charset") {
                *f = Some(c);
            } else if el.get_attribute("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-type")) {
                let content = el.get_attribute("content").unwrap_or_default().to_ascii_lowercase();
                if let Some(pos) = content.find("charset=") {
                    *f = Some(content[pos + 8..].trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace()).to_string());
                }
            }
        }
        Ok(())
    }));
    let sink: crate::scan::Sink = Box::new(|_: &[u8]| {});
    let mut rw = HtmlRewriter::new(settings, sink);
    // a declaration cut at the prescan boundary is simply not seen
    let _ = rw.write(&bytes[..bytes.len().min(PRESCAN)]);
    drop(rw);
    let label = found.borrow().clone()?;
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes the page to UTF-8. Errors for encodings that are not ASCII-compatible (UTF-16),
/// which lol_html cannot stream either. A page that is already valid UTF-8 is borrowed, not
/// copied (most pages: one page-sized allocation less).
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static Encoding), String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("UTF-16 pages are not supported".into());
    }
    let enc = match Encoding::for_bom(bytes) {
        Some((e, _)) => e,
        // Text in a legacy charset is practically never valid UTF-8 once it has non-ASCII
        // bytes, while saved or transcoded pages often keep a stale declaration: valid UTF-8
        // with non-ASCII content wins over what the page declares.
        None if !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => match declared(bytes) {
            // a UTF-16 declaration in an ASCII-readable file is a lie browsers ignore too
            Some(e) if e.is_ascii_compatible() => e,
            _ if std::str::from_utf8(bytes).is_ok() => UTF_8,
            _ => WINDOWS_1252,
        },
    };
    let (text, _, _) = enc.decode(bytes);
    Ok((text, enc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_charsets() {
        let (enc, _, _) = encoding_rs::SHIFT_JIS.encode("<meta charset=\"Shift_JIS\"><p>関連記事</p>");
        let (s, e) = decode(&enc).unwrap();
        assert_eq!(e, encoding_rs::SHIFT_JIS);
        assert!(s.contains("関連記事"));
        let (w, _, _) = encoding_rs::WINDOWS_1251.encode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Читайте также</p>");
        assert!(decode(&w).unwrap().0.contains("Читайте также"));
        assert!(decode(&[0xFF, 0xFE, b'<', 0]).is_err());
        // valid UTF-8 under a stale legacy declaration stays UTF-8
        let (s, e) = decode("<meta charset=\"gb2312\"><p>相关新闻</p>".as_bytes()).unwrap();
        assert_eq!((e, s.contains("相关新闻")), (UTF_8, true));
    }
}
