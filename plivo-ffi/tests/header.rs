//! `include/plivo.h` is written by hand: this test keeps it equal to the functions the crate
//! exports. Every `plivo_` prototype in the header must be an `extern "C"` function of
//! `src/lib.rs` with the same parameters (names and types) and return type, and the other way
//! round. Types are compared through a fixed table from C to Rust spellings; a type outside it
//! fails the test, so a new kind of parameter is looked at by hand.

const HEADER: &str = include_str!("../include/plivo.h");
const SOURCE: &str = include_str!("../src/lib.rs");

/// One function: its name, its parameters (name, type) and its return type, in Rust spelling.
#[derive(Debug, PartialEq, Eq)]
struct Signature {
    name: String,
    params: Vec<(String, String)>,
    ret: String,
}

/// The C types the header uses, in Rust spelling.
fn rust_type(c: &str) -> String {
    let squashed: String = c.split_whitespace().collect::<Vec<_>>().join(" ");
    let rust = match squashed.as_str() {
        "void" => "()",
        "const char *" => "*const c_char",
        "char *" => "*mut c_char",
        "char **" => "*mut *mut c_char",
        "PlivoClient *" => "*mut PlivoClient",
        "const PlivoClient *" => "*const PlivoClient",
        other => panic!("a C type this test does not know: `{other}`"),
    };
    rust.to_owned()
}

/// Splits `const char *auth_id` into (`auth_id`, `const char *`).
fn c_param(param: &str) -> (String, String) {
    let param = param.trim();
    let at = param
        .rfind(|c: char| c == '*' || c.is_whitespace())
        .expect("a type and a name");
    let (ty, name) = param.split_at(at + 1);
    (name.trim().to_owned(), rust_type(ty))
}

/// The prototypes of the header: declarations (`…;`) outside comments that call a `plivo_`
/// function.
fn header_functions() -> Vec<Signature> {
    let mut code = String::new();
    let mut rest = HEADER;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("comments are closed");
        rest = &rest[start + end + 2..];
    }
    code.push_str(rest);
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join(" ");
    code.split(';')
        .filter_map(|decl| {
            let decl = decl.trim();
            let name_at = decl.find("plivo_")?;
            let paren = decl[name_at..].find('(')? + name_at;
            let ret = rust_type(&decl[..name_at]);
            let name = decl[name_at..paren].trim().to_owned();
            let close = decl.rfind(')')?;
            let params = decl[paren + 1..close]
                .split(',')
                .filter(|p| !p.trim().is_empty() && p.trim() != "void")
                .map(c_param)
                .collect();
            Some(Signature { name, params, ret })
        })
        .collect()
}

/// The `extern "C"` functions of `src/lib.rs`.
fn exported_functions() -> Vec<Signature> {
    let marker = "pub unsafe extern \"C\" fn ";
    SOURCE
        .match_indices(marker)
        .map(|(at, _)| {
            let rest = &SOURCE[at + marker.len()..];
            let paren = rest.find('(').expect("a parameter list");
            let name = rest[..paren].trim().to_owned();
            let close = rest.find(')').expect("a closed parameter list");
            let params = rest[paren + 1..close]
                .split(',')
                .filter(|p| !p.trim().is_empty())
                .map(|p| {
                    let (name, ty) = p.split_once(':').expect("name: type");
                    let ty: String = ty.split_whitespace().collect::<Vec<_>>().join(" ");
                    (name.trim().to_owned(), ty)
                })
                .collect();
            let after = &rest[close + 1..rest.find('{').expect("a body")];
            let ret = after
                .trim()
                .strip_prefix("->")
                .map_or("()".to_owned(), |r| r.trim().to_owned());
            Signature { name, params, ret }
        })
        .collect()
}

#[test]
fn the_header_declares_exactly_the_exported_functions() {
    let header = header_functions();
    let exported = exported_functions();
    assert_eq!(header.len(), 4, "{header:#?}");
    assert_eq!(header, exported);
}

#[test]
fn the_type_table_reads_each_spelling() {
    assert_eq!(
        c_param("const char *auth_id"),
        ("auth_id".into(), "*const c_char".into())
    );
    assert_eq!(
        c_param("char **error_out"),
        ("error_out".into(), "*mut *mut c_char".into())
    );
    assert_eq!(
        c_param("const PlivoClient * client"),
        ("client".into(), "*const PlivoClient".into())
    );
}
