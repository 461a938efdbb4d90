//! `Speak` and the SSML elements it may hold. Plivo renders SSML only with an Amazon Polly
//! voice (`Polly.Joey`, …); the SSML values given as strings are not checked.

use super::sealed::Sealed;
use super::tree::Part;
use super::types::{BreakStrength, EmphasisLevel, InterpretAs, PhonemeAlphabet};
use super::write::{Node, invalid};
use super::{
    EmphasisChild, LangChild, ParagraphChild, ProsodyChild, SentenceChild, SpeakChild, WordChild,
    build_mixed, build_text,
};
use crate::Error;

/// The first piece of mixed content: the text given to `new`, unless it is empty.
fn first_text(text: String) -> Vec<Part> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Part::Text(text)]
    }
}

element_struct! {
    /// `<Speak>`: says text (text-to-speech), with optional SSML children ([`SpeakChild`]).
    ///
    /// The text given to `new` comes first; children and more text follow in the order they
    /// are added (see [`Speak::add_text`] and [`Speak::cont`]). `Speak::new("")` starts with
    /// no text, for a `Speak` made only of SSML elements.
    ///
    /// ```
    /// use plivo::xml::{Emphasis, EmphasisLevel, Speak};
    /// let xml = Speak::new("Hello ")
    ///     .voice("Polly.Joanna")
    ///     .add(Emphasis::new("world").level(EmphasisLevel::Strong))
    ///     .to_xml()?;
    /// assert_eq!(xml, r#"<Speak voice="Polly.Joanna">Hello <emphasis level="strong">world</emphasis></Speak>"#);
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub struct Speak = "Speak" {
        /// `WOMAN` (Plivo's default), `MAN`, or an Amazon Polly voice (`Polly.Joey`), which SSML
        /// needs.
        voice: into String = "voice";
        /// Language and accent (default `en-US`).
        language: into String = "language";
        /// How many times to say it: 1 by default, 0 repeats until the call ends.
        loop_: raw u32 = "loop";
    }
    content { content: Vec<Part> }
}

impl Speak {
    /// Says `text`. It may be empty if SSML children follow; the whole must not be.
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Speak, SpeakChild);

impl Sealed for Speak {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("Speak", "Speak.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<break>`: a pause.
    pub struct Break = "break" {
        /// How strong a pause.
        strength: raw BreakStrength = "strength";
        /// How long a pause: `250ms`, `1s`, …
        time: into String = "time";
    }
    content {}
}

impl Break {
    /// A pause of the default length.
    pub fn new() -> Self {
        Self::blank()
    }
}

impl Default for Break {
    fn default() -> Self {
        Self::new()
    }
}

impl Sealed for Break {
    fn build(&self) -> Result<Node, Error> {
        Ok(Node::new("break", self.attrs()?))
    }
}

element_struct! {
    /// SSML `<emphasis>`: says its content with more or less stress. Holds text and
    /// [`EmphasisChild`] elements.
    pub struct Emphasis = "emphasis" {
        /// How much stress.
        level: raw EmphasisLevel = "level";
    }
    content { content: Vec<Part> }
}

impl Emphasis {
    /// Stresses `text` (may be empty if children follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Emphasis, EmphasisChild);

impl Sealed for Emphasis {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("emphasis", "emphasis.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<lang>`: says its content in another language. `xml:lang` is required. Holds
    /// text and [`LangChild`] elements.
    pub struct Lang = "lang" {
        /// The language (`it`, `fr-FR`, …); required.
        xml_lang: into String = "xml:lang";
    }
    content { content: Vec<Part> }
}

impl Lang {
    /// Says `text` in the language set with [`Lang::xml_lang`] (may be empty if children
    /// follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Lang, LangChild);

impl Sealed for Lang {
    fn build(&self) -> Result<Node, Error> {
        if self.xml_lang.is_none() {
            return Err(invalid("lang.xml:lang", "is required"));
        }
        build_mixed("lang", "lang.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<p>`: a paragraph. Holds text and [`ParagraphChild`] elements.
    pub struct Paragraph = "p" {}
    content { content: Vec<Part> }
}

impl Paragraph {
    /// A paragraph starting with `text` (may be empty if children follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Paragraph, ParagraphChild);

impl Sealed for Paragraph {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("p", "p.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<phoneme>`: says its text as the given pronunciation. `ph` is required.
    pub struct Phoneme = "phoneme" {
        /// The phonetic alphabet of `ph`.
        alphabet: raw PhonemeAlphabet = "alphabet";
        /// The pronunciation (`təˈmeɪtoʊ`); required. Written as text: a value such as
        /// `t&#x259;` is not a character reference but the characters `&`, `#`, …
        ph: into String = "ph";
    }
    content { text: String }
}

impl Phoneme {
    /// The word to pronounce (required, not empty).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(text.into())
    }
}

impl Sealed for Phoneme {
    fn build(&self) -> Result<Node, Error> {
        if self.ph.is_none() {
            return Err(invalid("phoneme.ph", "is required"));
        }
        build_text("phoneme", "phoneme.text", self.attrs()?, &self.text, true)
    }
}

element_struct! {
    /// SSML `<prosody>`: changes volume, rate and pitch. Holds text and [`ProsodyChild`]
    /// elements.
    pub struct Prosody = "prosody" {
        /// `silent`, `x-soft` … `x-loud`, or a change in dB (`+6dB`).
        volume: into String = "volume";
        /// `x-slow` … `x-fast`, or a percentage.
        rate: into String = "rate";
        /// `x-low` … `x-high`, or a change (`+5%`).
        pitch: into String = "pitch";
    }
    content { content: Vec<Part> }
}

impl Prosody {
    /// Changes how `text` sounds (may be empty if children follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Prosody, ProsodyChild);

impl Sealed for Prosody {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("prosody", "prosody.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<s>`: a sentence. Holds text and [`SentenceChild`] elements.
    pub struct Sentence = "s" {}
    content { content: Vec<Part> }
}

impl Sentence {
    /// A sentence starting with `text` (may be empty if children follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Sentence, SentenceChild);

impl Sealed for Sentence {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("s", "s.text", self.attrs()?, &self.content)
    }
}

element_struct! {
    /// SSML `<say-as>`: says its text as a kind of value (digits, a date, …).
    /// `interpret-as` is required.
    pub struct SayAs = "say-as" {
        /// What kind of value the text is; required.
        interpret_as: raw InterpretAs = "interpret-as";
        /// Its format (for dates: `mdy`, `dmy`, …). `""` is written as `format=""`.
        format: into String = "format";
    }
    content { text: String }
}

impl SayAs {
    /// The value to say (required, not empty).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(text.into())
    }
}

impl Sealed for SayAs {
    fn build(&self) -> Result<Node, Error> {
        if self.interpret_as.is_none() {
            return Err(invalid("say-as.interpret-as", "is required"));
        }
        build_text("say-as", "say-as.text", self.attrs()?, &self.text, true)
    }
}

element_struct! {
    /// SSML `<sub>`: says `alias` instead of its text. `alias` is required.
    pub struct Sub = "sub" {
        /// What to say instead; required.
        alias: into String = "alias";
    }
    content { text: String }
}

impl Sub {
    /// The text that is replaced when spoken (required, not empty).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(text.into())
    }
}

impl Sealed for Sub {
    fn build(&self) -> Result<Node, Error> {
        if self.alias.is_none() {
            return Err(invalid("sub.alias", "is required"));
        }
        build_text("sub", "sub.text", self.attrs()?, &self.text, true)
    }
}

element_struct! {
    /// SSML `<w>`: a word, with its part of speech. Holds text and [`WordChild`] elements.
    pub struct Word = "w" {
        /// The part of speech (`amazon:VB`, `amazon:NN`, `amazon:SENSE_1`, …).
        role: into String = "role";
    }
    content { content: Vec<Part> }
}

impl Word {
    /// The word (may be empty if children follow).
    pub fn new(text: impl Into<String>) -> Self {
        Self::blank(first_text(text.into()))
    }
}

mixed_methods!(Word, WordChild);

impl Sealed for Word {
    fn build(&self) -> Result<Node, Error> {
        build_mixed("w", "w.text", self.attrs()?, &self.content)
    }
}

element!(
    Speak, Break, Emphasis, Lang, Paragraph, Phoneme, Prosody, Sentence, SayAs, Sub, Word,
);
