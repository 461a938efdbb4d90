//! The document tree that every element builds, and the two writers (compact and pretty) that
//! turn it into text exactly as the Python SDK (lxml) does.

use crate::Error;

/// How deep the pretty form indents, at most: libxml2 keeps a 60-character indentation buffer
/// and indents by two spaces, so levels past 30 are written at 60 spaces.
const MAX_INDENT_LEVEL: usize = 30;

/// One element, checked and ready to write. Attributes are already rendered and in their
/// fixed output order.
#[derive(Debug)]
pub struct Node {
    pub(crate) name: &'static str,
    pub(crate) attrs: Vec<(&'static str, String)>,
    pub(crate) content: Vec<Item>,
}

/// What an element contains.
#[derive(Debug)]
pub(crate) enum Item {
    /// Character data.
    Text(String),
    /// Python's `cont` pseudo-element: its text written with one space either side.
    Cont(String),
    /// A child element.
    Node(Node),
}

impl Node {
    pub(crate) fn new(name: &'static str, attrs: Vec<(&'static str, String)>) -> Self {
        Node {
            name,
            attrs,
            content: Vec::new(),
        }
    }
}

/// The error every XML rule reports: the field is `Element.attribute` (or `Element.text`).
pub(crate) fn invalid(field: impl Into<String>, rule: impl Into<String>) -> Error {
    Error::invalid(Some("xml"), field, rule)
}

/// Writes `node` as a document: compact (`pretty == false`, Python's `to_string(False)`) or
/// indented by two spaces with a trailing newline (Python's default `to_string()`).
pub(crate) fn write(node: &Node, pretty: bool) -> Result<String, Error> {
    let mut out = String::new();
    write_node(&mut out, node, 0, pretty)?;
    if pretty {
        out.push('\n');
    }
    Ok(out)
}

/// libxml2's `xmlNodeDumpOutput` with `format = 1`: an element whose content holds any text
/// is written without layout, and so is everything inside it; an element with only element
/// children puts each child on its own line, indented by its depth.
fn write_node(out: &mut String, node: &Node, level: usize, format: bool) -> Result<(), Error> {
    out.push('<');
    out.push_str(node.name);
    for (name, value) in &node.attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(out, value, true).map_err(|c| bad_char(node.name, name, c))?;
        out.push('"');
    }
    if node.content.is_empty() {
        out.push_str("/>");
        return Ok(());
    }
    out.push('>');
    let format = format && !node.content.iter().any(|i| matches!(i, Item::Text(_)));
    if format {
        out.push('\n');
    }
    for item in &node.content {
        if format {
            indent(out, level + 1);
        }
        match item {
            Item::Text(text) => {
                escape(out, text, false).map_err(|c| bad_char(node.name, "text", c))?;
            }
            Item::Cont(text) => {
                // Python writes `<cont>text</cont>` and then replaces each tag with a space.
                out.push(' ');
                escape(out, text, false).map_err(|c| bad_char(node.name, "cont", c))?;
                out.push(' ');
            }
            Item::Node(child) => write_node(out, child, level + 1, format)?,
        }
        if format {
            out.push('\n');
        }
    }
    if format {
        indent(out, level);
    }
    out.push_str("</");
    out.push_str(node.name);
    out.push('>');
    Ok(())
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level.min(MAX_INDENT_LEVEL) {
        out.push_str("  ");
    }
}

fn bad_char(element: &str, what: &str, c: char) -> Error {
    invalid(
        format!("{element}.{what}"),
        format!(
            "must not contain U+{:04X}: XML 1.0 allows no control characters other than tab, line feed and carriage return, nor U+FFFE and U+FFFF",
            u32::from(c)
        ),
    )
}

/// Whether XML 1.0 allows `c` at all (its `Char` production). Rust strings hold no surrogates.
fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Escapes as libxml2 does. Text: `&`, `<`, `>` and carriage return. Attribute values also
/// `"`, tab and line feed (as character references, so that they survive attribute-value
/// normalisation). `'` and non-ASCII characters are written as they are. A character XML
/// cannot hold is returned as the error.
fn escape(out: &mut String, text: &str, attribute: bool) -> Result<(), char> {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            c if is_xml_char(c) => out.push(c),
            c => return Err(c),
        }
    }
    Ok(())
}
