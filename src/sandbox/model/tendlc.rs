//! 10DLC registration: profiles, brands made from them, campaigns under brands, and the
//! rented numbers linked to campaigns.
//!
//! The rules between them are the events below:
//!
//! - a brand needs an existing profile, and copies the business (legal form, industry, tax
//!   id, address, contact) from it; a campaign needs an existing brand; a number can be
//!   linked only if the account rents it, to one campaign at a time;
//! - registration is instant: the sandbox has no Campaign Registry, so a brand is created
//!   `COMPLETED`, a campaign `ACTIVE` and a number's link `COMPLETED` (Plivo starts them
//!   `PROCESSING` and moves them on later; its answers to a create still say the request "is
//!   being processed", and so do the sandbox's);
//! - deleting refuses (400) while something depends on the resource: a profile with brands,
//!   a brand with campaigns, a campaign with linked numbers. Deleted resources are gone
//!   (404), where Plivo keeps deactivated brands and campaigns listed.

use serde_json::{Map, Value, json};

use crate::sandbox::state::{Reply, State, error, not_found, now};

const ID_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// What the sandbox keeps of 10DLC registration; each list oldest first.
#[derive(Default)]
pub(crate) struct TenDlc {
    pub profiles: Vec<Value>,
    pub brands: Vec<Value>,
    pub campaigns: Vec<Value>,
    /// `{"campaign_id", "number", "status"}`, in the order linked.
    pub links: Vec<Value>,
}

/// The profile fields that are plain text, `""` when not given.
const PROFILE_TEXT: &[&str] = &[
    "profile_alias",
    "customer_type",
    "entity_type",
    "company_name",
    "vertical",
    "alt_business_id",
    "alt_business_id_type",
    "plivo_subaccount",
    "ein",
    "ein_issuing_country",
    "stock_symbol",
    "stock_exchange",
    "website",
    "business_contact_email",
    "doing_business_as",
];

/// What an update may change on a profile.
pub(crate) const PROFILE_UPDATABLE: &[&str] = &[
    "address",
    "authorized_contact",
    "entity_type",
    "vertical",
    "company_name",
    "website",
    "business_contact_email",
    "doing_business_as",
];

/// The business fields a brand copies from its profile.
const BRAND_FROM_PROFILE: &[&str] = &[
    "entity_type",
    "vertical",
    "company_name",
    "ein",
    "ein_issuing_country",
    "stock_symbol",
    "stock_exchange",
    "website",
    "alt_business_id",
    "alt_business_id_type",
    "address",
    "authorized_contact",
];

/// The texts of a campaign, `""` when not given.
pub(crate) const CAMPAIGN_TEXT: &[&str] = &[
    "reseller_id",
    "description",
    "sample1",
    "sample2",
    "sample3",
    "sample4",
    "sample5",
    "message_flow",
    "help_message",
    "optin_keywords",
    "optin_message",
    "optout_keywords",
    "optout_message",
    "help_keywords",
    "terms_and_conditions_link",
    "privacy_policy_link",
];

/// The yes/no attributes of a campaign, `false` when not given.
pub(crate) const CAMPAIGN_FLAGS: &[&str] = &[
    "embedded_link",
    "embedded_phone",
    "age_gated",
    "direct_lending",
    "subscriber_optin",
    "subscriber_optout",
    "subscriber_help",
    "affiliate_marketing",
];

fn by<'a>(items: &'a [Value], key: &str, id: &str) -> Option<&'a Value> {
    items.iter().find(|item| item[key] == id)
}

fn by_mut<'a>(items: &'a mut [Value], key: &str, id: &str) -> Result<&'a mut Value, Reply> {
    items
        .iter_mut()
        .find(|item| item[key] == id)
        .ok_or_else(not_found)
}

fn text(params: &Map<String, Value>, key: &str) -> Value {
    match params.get(key) {
        Some(Value::String(s)) => Value::String(s.clone()),
        Some(Value::Number(n)) => Value::String(n.to_string()),
        _ => Value::String(String::new()),
    }
}

/// An address as Plivo shows it: every part, `""` when missing.
fn address(given: Option<&Value>) -> Value {
    let mut out = Map::new();
    for key in ["street", "city", "state", "postal_code", "country"] {
        let part = given.and_then(|a| a.get(key)).cloned();
        out.insert(key.into(), part.unwrap_or_else(|| json!("")));
    }
    Value::Object(out)
}

/// A contact as Plivo shows it: what was given, and `name`, the first and last names joined
/// with a space (`" "` when neither was given, as a recorded answer shows).
fn contact(given: Option<&Value>) -> Value {
    let mut out = given
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let part = |key: &str| {
        out.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    let name = format!("{} {}", part("first_name"), part("last_name"));
    out.insert("name".into(), Value::String(name));
    Value::Object(out)
}

/// A number as the account's numbers list it: no `+`.
fn bare(number: &str) -> &str {
    number.strip_prefix('+').unwrap_or(number)
}

impl State {
    fn tendlc_id(&mut self, head: char) -> String {
        format!("{head}{}", self.rng.text(6, ID_CHARS))
    }

    /// The profile with this uuid.
    pub(crate) fn profile(&self, uuid: &str) -> Option<&Value> {
        by(&self.tendlc.profiles, "profile_uuid", uuid)
    }

    /// Event: a profile was created from (checked) parameters. Returns its uuid.
    pub(crate) fn profile_created(&mut self, params: &Map<String, Value>) -> String {
        let uuid = self.rng.uuid();
        let primary = self.auth_id.clone();
        let mut profile = json!({
            "profile_uuid": uuid,
            "profile_type": "SECONDARY",
            "primary_profile": primary,
            "address": address(params.get("address")),
            "authorized_contact": contact(params.get("authorized_contact")),
            "created_at": now(),
        });
        for key in PROFILE_TEXT {
            profile[*key] = text(params, key);
        }
        self.tendlc.profiles.push(profile);
        uuid
    }

    /// Event: a profile was updated with (checked) parameters; what is given replaces what
    /// was there. The brands made from it keep what they copied. Returns the profile now.
    pub(crate) fn profile_updated(
        &mut self,
        uuid: &str,
        params: &Map<String, Value>,
    ) -> Result<Value, Reply> {
        let profile = by_mut(&mut self.tendlc.profiles, "profile_uuid", uuid)?;
        for key in PROFILE_UPDATABLE {
            match (*key, params.get(*key)) {
                (_, None | Some(Value::Null)) => {}
                ("address", Some(given)) => profile["address"] = address(Some(given)),
                ("authorized_contact", Some(given)) => {
                    profile["authorized_contact"] = contact(Some(given));
                }
                (_, Some(given)) => profile[*key] = given.clone(),
            }
        }
        Ok(profile.clone())
    }

    /// Event: a profile was deleted. Refused while brands were made from it.
    pub(crate) fn profile_deleted(&mut self, uuid: &str) -> Result<(), Reply> {
        let TenDlc {
            profiles, brands, ..
        } = &mut self.tendlc;
        delete_unless_used(profiles, "profile_uuid", uuid, brands, "brands")
    }

    /// The brand with this id.
    pub(crate) fn brand(&self, id: &str) -> Option<&Value> {
        by(&self.tendlc.brands, "brand_id", id)
    }

    /// Event: a brand was registered from a profile; it copies the profile's business and
    /// is `COMPLETED` at once. 400 when the profile does not exist. Returns its id.
    pub(crate) fn brand_created(
        &mut self,
        alias: &str,
        brand_type: &str,
        profile_uuid: &str,
    ) -> Result<String, Reply> {
        let Some(profile) = self.profile(profile_uuid).cloned() else {
            return Err(error(
                400,
                &format!("profile_uuid {profile_uuid:?} is not a profile of this account"),
            ));
        };
        let id = self.tendlc_id('B');
        let mut brand = json!({
            "brand_id": id,
            "brand_alias": alias,
            "brand_type": brand_type,
            "profile_uuid": profile_uuid,
            "registration_status": "COMPLETED",
            "created_at": now(),
        });
        for key in BRAND_FROM_PROFILE {
            brand[*key] = profile[*key].clone();
        }
        self.tendlc.brands.push(brand);
        Ok(id)
    }

    /// Event: a brand was deleted. Refused while it has campaigns.
    pub(crate) fn brand_deleted(&mut self, id: &str) -> Result<(), Reply> {
        let TenDlc {
            brands, campaigns, ..
        } = &mut self.tendlc;
        delete_unless_used(brands, "brand_id", id, campaigns, "campaigns")
    }

    /// The campaign with this id.
    pub(crate) fn campaign(&self, id: &str) -> Option<&Value> {
        by(&self.tendlc.campaigns, "campaign_id", id)
    }

    /// Event: a campaign was registered under a brand from (checked) parameters; `ACTIVE`
    /// at once. 400 when the brand does not exist. Returns its id.
    pub(crate) fn campaign_created(
        &mut self,
        params: &Map<String, Value>,
    ) -> Result<String, Reply> {
        let brand_id = text(params, "brand_id");
        let Some(brand) = brand_id.as_str().and_then(|id| self.brand(id)) else {
            return Err(error(
                400,
                &format!("brand_id {brand_id} is not a brand of this account"),
            ));
        };
        let starter = brand["brand_type"] == "STARTER";
        let id = self.tendlc_id('C');
        let sub_usecases: Vec<&str> = params
            .get("sub_usecases")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut attributes = Map::new();
        for key in CAMPAIGN_FLAGS {
            let flag = params.get(*key).and_then(Value::as_bool).unwrap_or(false);
            attributes.insert((*key).into(), Value::Bool(flag));
        }
        let mut campaign = json!({
            "campaign_id": id,
            "campaign_alias": text(params, "campaign_alias"),
            "brand_id": brand_id,
            "usecase": text(params, "usecase"),
            "sub_usecase": sub_usecases.join(","),
            "vertical": text(params, "vertical"),
            "registration_status": "ACTIVE",
            "campaign_source": "plivo",
            "campaign_attributes": attributes,
            "mno_metadata": carrier_terms(starter),
            "created_at": now(),
        });
        for key in CAMPAIGN_TEXT {
            campaign[*key] = text(params, key);
        }
        self.tendlc.campaigns.push(campaign);
        Ok(id)
    }

    /// Event: a campaign registered elsewhere was imported under its own id; `ACTIVE` at
    /// once, with no brand of this account. 400 when the id is already here.
    pub(crate) fn campaign_imported(&mut self, id: &str, alias: &str) -> Result<(), Reply> {
        if self.campaign(id).is_some() {
            return Err(error(
                400,
                &format!("campaign {id} is already on this account"),
            ));
        }
        let mut campaign = json!({
            "campaign_id": id,
            "campaign_alias": alias,
            "brand_id": "",
            "usecase": "",
            "sub_usecase": "",
            "registration_status": "ACTIVE",
            "campaign_source": "import",
            "mno_metadata": carrier_terms(false),
            "created_at": now(),
        });
        for key in CAMPAIGN_TEXT {
            campaign[*key] = json!("");
        }
        self.tendlc.campaigns.push(campaign);
        Ok(())
    }

    /// Event: a campaign's texts were updated; what is given replaces what was there.
    pub(crate) fn campaign_updated(
        &mut self,
        id: &str,
        params: &Map<String, Value>,
    ) -> Result<Value, Reply> {
        let campaign = by_mut(&mut self.tendlc.campaigns, "campaign_id", id)?;
        for key in CAMPAIGN_TEXT {
            if params.contains_key(*key) {
                campaign[*key] = text(params, key);
            }
        }
        Ok(campaign.clone())
    }

    /// Event: a campaign was deleted. Refused while numbers are linked to it.
    pub(crate) fn campaign_deleted(&mut self, id: &str) -> Result<(), Reply> {
        let TenDlc {
            campaigns, links, ..
        } = &mut self.tendlc;
        delete_unless_used(campaigns, "campaign_id", id, links, "linked numbers")
    }

    /// Event: numbers were linked to a campaign, all or none: each must be rented by the
    /// account and linked to no campaign yet (400 otherwise, naming the number); the link is
    /// `COMPLETED` at once.
    pub(crate) fn numbers_linked(&mut self, id: &str, numbers: &[String]) -> Result<(), Reply> {
        self.campaign(id).ok_or_else(not_found)?;
        for number in numbers {
            let number = bare(number);
            if !self.numbers.iter().any(|n| n["number"] == number) {
                return Err(error(
                    400,
                    &format!("The number {number} is not a number of this account"),
                ));
            }
            if self.tendlc.links.iter().any(|l| l["number"] == number) {
                return Err(error(
                    400,
                    &format!("The number {number} is already requested for linking"),
                ));
            }
        }
        for number in numbers {
            self.tendlc.links.push(json!({
                "campaign_id": id,
                "number": bare(number),
                "status": "COMPLETED",
            }));
        }
        Ok(())
    }

    /// The numbers linked to a campaign, as `{"number", "status"}`.
    pub(crate) fn campaign_numbers(&self, id: &str) -> Vec<Value> {
        self.tendlc
            .links
            .iter()
            .filter(|l| l["campaign_id"] == id)
            .map(|l| json!({"number": l["number"], "status": l["status"]}))
            .collect()
    }

    /// Event: a number was unlinked from a campaign. 404 for an unknown campaign, 400 when
    /// the number is not linked to it.
    pub(crate) fn number_unlinked(&mut self, id: &str, number: &str) -> Result<(), Reply> {
        self.campaign(id).ok_or_else(not_found)?;
        let number = bare(number);
        let before = self.tendlc.links.len();
        self.tendlc
            .links
            .retain(|l| !(l["campaign_id"] == id && l["number"] == number));
        if self.tendlc.links.len() == before {
            return Err(error(
                400,
                &format!("The number {number} is not linked to this campaign"),
            ));
        }
        Ok(())
    }
}

/// Removes the item of `items` whose `key` is `id`: 404 when there is none, 400 while an
/// item of `users` refers to it by the same key.
fn delete_unless_used(
    items: &mut Vec<Value>,
    key: &str,
    id: &str,
    users: &[Value],
    what: &str,
) -> Result<(), Reply> {
    by(items, key, id).ok_or_else(not_found)?;
    if users.iter().any(|user| user[key] == id) {
        return Err(error(
            400,
            &format!("{id} has {what}: delete or unlink them first"),
        ));
    }
    items.retain(|item| item[key] != id);
    Ok(())
}

/// Each carrier's terms: a starter brand's campaign gets the sole-proprietor tier.
fn carrier_terms(starter: bool) -> Value {
    let (tpm, tier) = if starter {
        (15, "SOLE_PROPRIETOR")
    } else {
        (4500, "TOP")
    };
    json!({
        "AT&T": {"tpm": tpm},
        "T-Mobile": {"brand_tier": tier},
        "US Cellular": {"tpm": tpm},
        "Verizon Wireless": {"tpm": tpm},
    })
}

/// A required parameter that must be one of `choices` (400 otherwise).
pub(crate) fn required_choice(
    req: &crate::sandbox::state::Req,
    key: &str,
    choices: &[&str],
) -> Result<String, Reply> {
    let value = req.need(key)?;
    req.one_of(key, choices)?;
    Ok(value)
}

/// An optional parameter that, when given and not `""` (what plivo-python sends for every
/// optional field it was not given, and Plivo accepts), must be one of `choices`.
pub(crate) fn optional_choice(
    req: &crate::sandbox::state::Req,
    key: &str,
    choices: &[&str],
) -> Result<(), Reply> {
    if req.text(key).is_some_and(|v| !v.is_empty()) {
        req.one_of(key, choices)?;
    }
    Ok(())
}

/// The closed set of a request enum, as the sandbox checks it.
pub(crate) fn choices<T: crate::params::ParamValue>() -> &'static [&'static str] {
    T::CHOICES
}
