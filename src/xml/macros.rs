//! The macros that write the element structs: typed optional attributes with chained setters,
//! emitted in a fixed order with their checks.

/// One setter: `into` takes anything that converts (strings), `raw` takes the type itself (so
/// that integer literals need no suffix).
macro_rules! setter {
    (into $field:ident $ty:ty; $(#[$m:meta])*) => {
        $(#[$m])*
        pub fn $field(mut self, value: impl Into<$ty>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
    (raw $field:ident $ty:ty; $(#[$m:meta])*) => {
        $(#[$m])*
        pub fn $field(mut self, value: $ty) -> Self {
            self.$field = Some(value);
            self
        }
    };
}

/// An element struct: its attributes (all optional, written in declaration order, which is
/// the Python SDK's `to_dict` order), one setter each, and private content fields.
///
/// `fn attrs` renders the set attributes after running each one's check; a check is a
/// function `&T -> Result<(), String>` whose error is the broken rule in words.
macro_rules! element_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident = $xml:literal {
            $(
                $(#[$fmeta:meta])*
                $field:ident : $conv:ident $ty:ty = $attr:literal $([check = $check:expr])?;
            )*
        }
        content { $( $cfield:ident : $cty:ty ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name {
            $( $field: Option<$ty>, )*
            $( $cfield: $cty, )*
        }

        impl $name {
            /// A blank element holding only this content.
            fn blank($( $cfield: $cty ),*) -> Self {
                $name {
                    $( $field: None, )*
                    $( $cfield, )*
                }
            }

            $(
                setter!($conv $field $ty;
                    $(#[$fmeta])*
                    #[doc = ""]
                    #[doc = concat!("Attribute `", $attr, "`.")]
                );
            )*

            /// The set attributes, checked and rendered, in output order.
            fn attrs(&self) -> Result<Vec<(&'static str, String)>, $crate::Error> {
                #[allow(unused_mut)]
                let mut attrs = Vec::new();
                $(
                    if let Some(value) = &self.$field {
                        $(
                            ($check)(value).map_err(|rule: String| {
                                $crate::xml::write::invalid(concat!($xml, ".", $attr), rule)
                            })?;
                        )?
                        attrs.push(($attr, $crate::xml::types::AttrValue::render(value)));
                    }
                )*
                Ok(attrs)
            }
        }
    };
}

/// Makes each type (which implements `sealed::Sealed`) an [`Element`](crate::xml::Element)
/// with inherent `to_xml`/`to_pretty_xml`.
macro_rules! element {
    ($($name:ident),* $(,)?) => {
        $(
            impl $crate::xml::Element for $name {}

            impl $name {
                /// The element as compact XML (no declaration, no layout), byte for byte what
                /// the Python SDK's `to_string(False)` writes. Fails with
                /// [`Error::Invalid`](crate::Error::Invalid) when a rule is broken.
                pub fn to_xml(&self) -> Result<String, $crate::Error> {
                    $crate::xml::Element::to_xml(self)
                }

                /// The element indented by two spaces with a trailing newline, byte for byte
                /// what the Python SDK's default `to_string()` writes.
                pub fn to_pretty_xml(&self) -> Result<String, $crate::Error> {
                    $crate::xml::Element::to_pretty_xml(self)
                }
            }
        )*
    };
}

/// `add` and `push` for an element whose children are elements only.
macro_rules! children_methods {
    ($name:ident, $child:ident) => {
        impl $name {
            #[doc = concat!("Adds a child element: any type that implements [`", stringify!($child), "`].")]
            #[allow(clippy::should_implement_trait)] // `add` is the builder's verb, not `+`
            pub fn add(mut self, child: impl $child) -> Self {
                self.children.push($crate::xml::sealed::Child::into_any(child));
                self
            }

            /// As [`Self::add`], through a mutable reference (for loops).
            pub fn push(&mut self, child: impl $child) -> &mut Self {
                self.children.push($crate::xml::sealed::Child::into_any(child));
                self
            }
        }
    };
}

/// `add`, `push`, `add_text` and `cont` for an element with mixed content (`Speak` and the
/// SSML containers).
macro_rules! mixed_methods {
    ($name:ident, $child:ident) => {
        impl $name {
            #[doc = concat!("Adds a child element: any type that implements [`", stringify!($child), "`].")]
            #[allow(clippy::should_implement_trait)] // `add` is the builder's verb, not `+`
            pub fn add(mut self, child: impl $child) -> Self {
                self.content.push($crate::xml::tree::Part::Child(
                    $crate::xml::sealed::Child::into_any(child),
                ));
                self
            }

            /// As [`Self::add`], through a mutable reference (for loops).
            pub fn push(&mut self, child: impl $child) -> &mut Self {
                self.content.push($crate::xml::tree::Part::Child(
                    $crate::xml::sealed::Child::into_any(child),
                ));
                self
            }

            /// Adds text after what is already there, as it is: `Speak::new("a").add(b).add_text("c")`
            /// is `<Speak>a<b/>c</Speak>`. An empty string adds nothing.
            pub fn add_text(mut self, text: impl Into<String>) -> Self {
                let text = text.into();
                if !text.is_empty() {
                    self.content.push($crate::xml::tree::Part::Text(text));
                }
                self
            }

            /// Adds text the way the Python SDK's `add_cont` does: with one space before and one
            /// after (`<Speak>a<break/> text </Speak>`). Use it to reproduce Python output; use
            /// [`Self::add_text`] for exact text. The text must not be empty.
            pub fn cont(mut self, text: impl Into<String>) -> Self {
                self.content.push($crate::xml::tree::Part::Cont(text.into()));
                self
            }
        }
    };
}

/// Lets each listed type be added to a parent: `allow!(ResponseChild: Speak, Play)`.
macro_rules! allow {
    ($trait:ident: $($child:ident),* $(,)?) => {
        $( impl $trait for $child {} )*
    };
}
