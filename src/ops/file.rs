//! Files for upload operations: a local path read when the request is built, or bytes in
//! memory.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use serde_json::{Map, Value};

use crate::params::{FieldSpec, ParamValue, Wire};

/// A file to upload, for the multipart fields of upload operations ([`super::UploadMedia`]).
///
/// [`File::from_path`] names a local file, read when the request is built (by
/// [`crate::Client::call`] or [`crate::Client::prepare`]): a file that cannot be read is an
/// [`crate::Error::Invalid`] naming the field, and nothing is sent. [`File::from_bytes`] holds
/// the content in memory (shared, so cloning the operation copies no bytes).
///
/// Without an explicit content type, the file name's extension picks one
/// ([`content_type_for`]).
///
/// ```
/// use plivo::ops::File;
/// let logo = File::from_bytes("logo.png", None, vec![0x89, b'P', b'N', b'G']);
/// assert_eq!(logo.filename(), "logo.png");
/// assert_eq!(logo.content_type(), "image/png");
/// let report = File::from_path("/tmp/report.pdf").with_filename("q3.pdf");
/// assert_eq!(report.content_type(), "application/pdf");
/// assert_eq!(report.path(), Some(std::path::Path::new("/tmp/report.pdf")));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    source: Source,
    filename: Option<String>,
    content_type: Option<String>,
}

#[derive(Clone, PartialEq, Eq)]
enum Source {
    Path(PathBuf),
    Bytes(Arc<[u8]>),
}

impl File {
    /// A local file, read when the request is built. The part's file name is the path's last
    /// component unless [`File::with_filename`] says otherwise.
    pub fn from_path(path: impl Into<PathBuf>) -> File {
        File {
            source: Source::Path(path.into()),
            filename: None,
            content_type: None,
        }
    }

    /// Content in memory, with the file name Plivo will see and its content type (`None`:
    /// from the file name's extension).
    pub fn from_bytes(
        filename: impl Into<String>,
        content_type: Option<&str>,
        bytes: impl Into<Vec<u8>>,
    ) -> File {
        File {
            source: Source::Bytes(Arc::from(bytes.into())),
            filename: Some(filename.into()),
            content_type: content_type.map(str::to_owned),
        }
    }

    /// Sets the file name sent with the part.
    pub fn with_filename(mut self, filename: impl Into<String>) -> File {
        self.filename = Some(filename.into());
        self
    }

    /// Sets the content type sent with the part (`image/png`).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> File {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name sent with the part.
    pub fn filename(&self) -> String {
        match (&self.filename, &self.source) {
            (Some(name), _) => name.clone(),
            (None, Source::Path(path)) => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            (None, Source::Bytes(_)) => String::new(),
        }
    }

    /// The content type sent with the part: the one given, or the extension's.
    pub fn content_type(&self) -> String {
        match &self.content_type {
            Some(given) => given.clone(),
            None => content_type_for(&self.filename()).to_owned(),
        }
    }

    /// The local path, for a file read when the request is built.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::Path(path) => Some(path),
            Source::Bytes(_) => None,
        }
    }

    /// The content, for a file held in memory.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Bytes(bytes) => Some(bytes),
            Source::Path(_) => None,
        }
    }

    /// Reads the content (a path now, bytes as they are), refusing more than `max` bytes
    /// (0: no limit). The error is the rule broken, for an error naming the field.
    pub(crate) fn load(&self, max: u64) -> Result<std::borrow::Cow<'_, [u8]>, String> {
        let too_big = |size: u64| {
            format!(
                "`{}` is {size} bytes, over the limit of {max} bytes per file",
                self.filename()
            )
        };
        match &self.source {
            Source::Bytes(bytes) => Ok(std::borrow::Cow::Borrowed(bytes)),
            Source::Path(path) => {
                use std::io::Read as _;
                let shown = path.display();
                let file = std::fs::File::open(path)
                    .map_err(|e| format!("the file {shown} cannot be read: {e}"))?;
                let size = file.metadata().map(|m| m.len()).unwrap_or(0);
                if max > 0 && size > max {
                    return Err(too_big(size));
                }
                let mut bytes = Vec::new();
                let cap = if max > 0 { max + 1 } else { u64::MAX };
                file.take(cap)
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("the file {shown} cannot be read: {e}"))?;
                let read = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
                if max > 0 && read > max {
                    return Err(too_big(read));
                }
                Ok(std::borrow::Cow::Owned(bytes))
            }
        }
    }

    /// The rules every file obeys before anything is read: a file name, a content type
    /// without line breaks, and in-memory content within `max` bytes (0: no limit).
    pub(crate) fn check_one(&self, max: u64) -> Result<(), String> {
        let name = self.filename();
        if name.trim().is_empty() {
            return Err("a file needs a file name".into());
        }
        let content_type = self.content_type();
        if content_type.trim().is_empty() || content_type.chars().any(char::is_control) {
            return Err(format!(
                "the content type of `{name}` must be non-empty, without control characters"
            ));
        }
        if let Source::Bytes(bytes) = &self.source {
            let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
            if max > 0 && size > max {
                return Err(format!(
                    "`{name}` is {size} bytes, over the limit of {max} bytes per file"
                ));
            }
        }
        Ok(())
    }

    /// The JSON form: a path string, `{"path", "filename"?, "contentType"?}` or
    /// `{"filename", "contentType"?, "base64"}`.
    pub(crate) fn to_json(&self) -> Value {
        let mut map = Map::new();
        match &self.source {
            Source::Path(path) => {
                let path = Value::String(path.to_string_lossy().into_owned());
                if self.filename.is_none() && self.content_type.is_none() {
                    return path;
                }
                map.insert("path".into(), path);
                if let Some(name) = &self.filename {
                    map.insert("filename".into(), Value::String(name.clone()));
                }
            }
            Source::Bytes(bytes) => {
                map.insert("filename".into(), Value::String(self.filename()));
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                map.insert("base64".into(), Value::String(encoded));
            }
        }
        if let Some(content_type) = &self.content_type {
            map.insert("contentType".into(), Value::String(content_type.clone()));
        }
        Value::Object(map)
    }

    pub(crate) fn from_json(value: &Value) -> Result<File, String> {
        let object = match value {
            Value::String(path) if !path.trim().is_empty() => return Ok(File::from_path(path)),
            Value::Object(object) => object,
            _ => return Err(FORMS.into()),
        };
        let text = |key: &str| match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("`{key}` of a file must be a string")),
        };
        if let Some(key) = object.keys().find(|k| {
            !["path", "filename", "contentType", "content_type", "base64"].contains(&k.as_str())
        }) {
            return Err(format!("`{key}` is not a key of a file ({FORMS})"));
        }
        let content_type = match (text("contentType")?, text("content_type")?) {
            (Some(_), Some(_)) => return Err("gives the content type twice".into()),
            (a, b) => a.or(b),
        };
        let file = match (text("path")?, text("base64")?) {
            (Some(path), None) => {
                let mut file = File::from_path(path);
                file.filename = text("filename")?;
                file
            }
            (None, Some(encoded)) => {
                let filename =
                    text("filename")?.ok_or("a file given as `base64` needs a `filename`")?;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(encoded.trim())
                    .map_err(|e| format!("`base64` of `{filename}` is not valid base64: {e}"))?;
                File::from_bytes(filename, None, bytes)
            }
            _ => {
                return Err(format!(
                    "a file needs exactly one of `path` and `base64` ({FORMS})"
                ));
            }
        };
        Ok(File {
            content_type,
            ..file
        })
    }
}

const FORMS: &str = "a file is a path string, {\"path\", \"filename\"?, \"contentType\"?} or \
                     {\"filename\", \"contentType\"?, \"base64\"}";

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("File");
        match &self.source {
            Source::Path(path) => out.field("path", path),
            Source::Bytes(bytes) => out.field("bytes", &bytes.len()),
        };
        out.field("filename", &self.filename())
            .field("content_type", &self.content_type())
            .finish()
    }
}

/// The content type for a file name, from its extension (case ignored):
/// `application/octet-stream` for an extension not in the table.
///
/// ```
/// assert_eq!(plivo::ops::content_type_for("photo.JPG"), "image/jpeg");
/// assert_eq!(plivo::ops::content_type_for("data.bin"), "application/octet-stream");
/// ```
pub fn content_type_for(filename: &str) -> &'static str {
    let extension = match filename.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => return OCTET_STREAM,
    };
    CONTENT_TYPES
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map_or(OCTET_STREAM, |(_, ty)| ty)
}

const OCTET_STREAM: &str = "application/octet-stream";

/// The extensions Plivo lists for media and documents, and the usual web ones.
const CONTENT_TYPES: &[(&str, &str)] = &[
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("png", "image/png"),
    ("gif", "image/gif"),
    ("bmp", "image/bmp"),
    ("webp", "image/webp"),
    ("tif", "image/tiff"),
    ("tiff", "image/tiff"),
    ("pdf", "application/pdf"),
    ("mp3", "audio/mpeg"),
    ("wav", "audio/wav"),
    ("ogg", "audio/ogg"),
    ("amr", "audio/amr"),
    ("mp4", "video/mp4"),
    ("mpeg", "video/mpeg"),
    ("3gp", "video/3gpp"),
    ("3gpp", "video/3gpp"),
    ("3g2", "video/3gpp2"),
    ("3gpp2", "video/3gpp2"),
    ("txt", "text/plain"),
    ("csv", "text/csv"),
    ("vcf", "text/vcard"),
    ("vcard", "text/vcard"),
    ("json", "application/json"),
    ("xml", "application/xml"),
    ("zip", "application/zip"),
    ("xls", "application/vnd.ms-excel"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("doc", "application/msword"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("xcf", "image/x-xcf"),
];

impl ParamValue for File {
    const KIND: &'static str = "file";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        File::from_json(value)
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        self.to_json()
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Files(std::slice::from_ref(self))
    }
    fn check(&self, spec: &FieldSpec) -> Result<(), String> {
        self.check_one(spec.max_file_bytes().unwrap_or(0))
    }
}

impl ParamValue for Vec<File> {
    const KIND: &'static str = "files";
    fn from_form(value: &Value, _: &FieldSpec) -> Result<Self, String> {
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| File::from_json(item).map_err(|rule| format!("file {i}: {rule}")))
                .collect(),
            one => File::from_json(one).map(|file| vec![file]),
        }
    }
    fn to_form(&self, _: &FieldSpec) -> Value {
        Value::Array(self.iter().map(File::to_json).collect())
    }
    fn wire(&self) -> Wire<'_> {
        Wire::Files(self)
    }
    fn check(&self, spec: &FieldSpec) -> Result<(), String> {
        if spec.required() && self.is_empty() {
            return Err("must hold at least one file".into());
        }
        if let Some(max) = spec.max_files().filter(|max| self.len() > *max) {
            return Err(format!(
                "holds {} files, over the limit of {max} per request",
                self.len()
            ));
        }
        for file in self {
            file.check_one(spec.max_file_bytes().unwrap_or(0))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_come_from_the_extension() {
        for (name, ty) in [
            ("a.jpg", "image/jpeg"),
            ("a.JPEG", "image/jpeg"),
            ("a.png", "image/png"),
            ("a.gif", "image/gif"),
            ("a.pdf", "application/pdf"),
            ("a.mp3", "audio/mpeg"),
            ("a.mp4", "video/mp4"),
            ("a.wav", "audio/wav"),
            ("a.ogg", "audio/ogg"),
            ("a.txt", "text/plain"),
            ("a.csv", "text/csv"),
            ("a.json", "application/json"),
            ("archive.tar.gz", "application/octet-stream"),
            ("noextension", "application/octet-stream"),
            ("", "application/octet-stream"),
        ] {
            assert_eq!(content_type_for(name), ty, "{name}");
        }
        let mut seen = std::collections::BTreeSet::new();
        for (ext, _) in CONTENT_TYPES {
            assert!(seen.insert(ext), "{ext} twice");
            assert_eq!(*ext, ext.to_ascii_lowercase());
        }
    }

    #[test]
    fn the_json_forms_round_trip() {
        let files = [
            File::from_path("/tmp/a.png"),
            File::from_path("/tmp/a.png").with_filename("b.png"),
            File::from_path("/tmp/a").with_content_type("image/gif"),
            File::from_bytes("c.txt", None, b"hello".to_vec()),
            File::from_bytes("c.bin", Some("text/plain"), vec![0, 1, 2, 255]),
        ];
        for file in files {
            let back = File::from_json(&file.to_json()).expect("parses");
            assert_eq!(back, file);
        }
        assert_eq!(File::from_path("/x/y.pdf").to_json(), "/x/y.pdf");
    }

    #[test]
    fn bad_json_forms_say_what_is_wrong() {
        for (value, says) in [
            (serde_json::json!(3), "path string"),
            (serde_json::json!(""), "path string"),
            (serde_json::json!({"base64": "aGk="}), "needs a `filename`"),
            (
                serde_json::json!({"filename": "a", "base64": "!!"}),
                "not valid base64",
            ),
            (
                serde_json::json!({"path": "a", "base64": "aGk="}),
                "exactly one",
            ),
            (serde_json::json!({"filename": "a"}), "exactly one"),
            (
                serde_json::json!({"path": "a", "size": 3}),
                "`size` is not a key",
            ),
            (serde_json::json!({"path": 3}), "must be a string"),
        ] {
            let err = File::from_json(&value).expect_err("rejected");
            assert!(err.contains(says), "{value}: {err}");
        }
    }

    #[test]
    fn debug_shows_no_content() {
        let file = File::from_bytes("secret.txt", None, b"the content".to_vec());
        let shown = format!("{file:?}");
        assert!(
            !shown.contains("the content") && shown.contains("11"),
            "{shown}"
        );
    }

    #[test]
    fn a_missing_file_names_its_path() {
        let err = File::from_path("/no/such/file.png")
            .load(0)
            .expect_err("missing");
        assert!(err.contains("/no/such/file.png"), "{err}");
    }
}
