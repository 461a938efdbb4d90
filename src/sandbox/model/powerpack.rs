//! Powerpacks (`Powerpack/`) and their number pools (`NumberPool/{number_pool_uuid}/…`).
//!
//! A Powerpack owns one pool, made with it; its `number_pool` is the pool's URI
//! (`/v1/Account/{auth_id}/NumberPool/{number_pool_uuid}/`), which is how a client finds the
//! pool's id. A pool holds numbers of the account: adding one needs a number the account
//! rents (400 otherwise) that is in no pool yet (400); buying one (`rent` true) rents it from
//! the inventory first ([`State::number_rented`]), so it shows among the account's numbers
//! too. Toll-free numbers go through the `Tollfree/` paths and the others through `Number/`
//! (400 the other way round). Taking a number out with `unrent` true gives it back to Plivo
//! ([`State::number_released`]); giving back a number any other way (`unrentNumber`) takes
//! it out of its pool. Deleting a Powerpack empties its pool; with `unrent_numbers` true its
//! numbers leave the account as well, otherwise they stay rented. Short codes cannot be added
//! through the API (Plivo's support provisions them): [`Sandbox::add_pool_shortcode`] puts
//! one in a pool for tests.

use std::sync::PoisonError;

use serde_json::{Map, Value, json};

use crate::sandbox::Sandbox;
use crate::sandbox::model::numbers::restock;
use crate::sandbox::model::tollfree::iso_now;
use crate::sandbox::state::{Reply, State, error, find, not_found};

/// Powerpacks, and what their pools hold.
#[derive(Default)]
pub(crate) struct Powerpacks {
    /// Powerpacks as `GET Powerpack/{uuid}/` shows them, oldest first.
    pub packs: Vec<Value>,
    /// Numbers and toll-free numbers in pools, as `GET NumberPool/…/Number/{number}/` shows
    /// them, in the order they were added.
    pub numbers: Vec<Value>,
    /// Short codes in pools.
    pub shortcodes: Vec<Value>,
}

impl Powerpacks {
    /// The pool's id of a Powerpack, from its `number_pool` URI.
    pub(crate) fn pool_of(pack: &Value) -> &str {
        let path = pack["number_pool"].as_str().unwrap_or_default();
        path.trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default()
    }

    /// The Powerpack that owns `pool`.
    pub(crate) fn owner_of(&self, pool: &str) -> Option<&Value> {
        self.packs.iter().find(|p| Self::pool_of(p) == pool)
    }

    /// The number the Powerpack `uuid` sends from to `to`: a pool number of `to`'s country
    /// when there is one (local connect), else the first number of the pool. 400 when there
    /// is no such Powerpack or its pool holds no number (Plivo's priorities, sticky sender
    /// and short codes are not imitated).
    pub(crate) fn sender(&self, uuid: &str, to_country: Option<&str>) -> Result<String, Reply> {
        let pack = self
            .packs
            .iter()
            .find(|p| p["uuid"] == uuid)
            .ok_or_else(|| error(400, &format!("powerpack_uuid {uuid} is not a Powerpack")))?;
        let pool = Self::pool_of(pack);
        let numbers: Vec<&Value> = self
            .numbers
            .iter()
            .filter(|n| n["number_pool_uuid"] == pool)
            .collect();
        let local = numbers
            .iter()
            .find(|n| to_country.is_some_and(|c| n["country_iso2"] == c));
        local
            .or(numbers.first())
            .and_then(|n| n["number"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| {
                error(
                    400,
                    &format!("the number pool of Powerpack {uuid} is empty"),
                )
            })
    }

    /// Event: numbers left the account (`numbers` is what it rents now); they leave their
    /// pools.
    pub(crate) fn keep_rented(&mut self, numbers: &[Value]) {
        self.numbers
            .retain(|member| numbers.iter().any(|n| n["number"] == member["number"]));
    }
}

/// A pool number's `type`: the sandbox's `local` numbers are `fixed` in a pool, as Plivo's
/// pools name geographic numbers.
fn pool_type(number_type: &str) -> &str {
    match number_type {
        "local" => "fixed",
        other => other,
    }
}

impl State {
    /// Event: a Powerpack was made with `fields` (checked), and its pool with it. Returns the
    /// Powerpack as it is shown.
    pub(crate) fn powerpack_created(&mut self, fields: Map<String, Value>, base: &str) -> Value {
        let uuid = self.rng.uuid();
        let pool = self.rng.uuid();
        let mut pack = json!({
            "application_id": "",
            "application_type": "",
            "created_on": iso_now(),
            "local_connect": true,
            "number_pool": format!("{base}NumberPool/{pool}/"),
            "number_priority": [],
            "sticky_sender": true,
            "uuid": uuid,
        });
        if let Some(object) = pack.as_object_mut() {
            object.extend(fields);
        }
        self.powerpacks.packs.push(pack.clone());
        pack
    }

    /// Event: a Powerpack changed. 404 for an unknown uuid. Returns it as it is now.
    pub(crate) fn powerpack_updated(
        &mut self,
        uuid: &str,
        fields: Map<String, Value>,
    ) -> Result<Value, Reply> {
        let pack = find(&mut self.powerpacks.packs, "uuid", uuid)?;
        if let Some(object) = pack.as_object_mut() {
            object.extend(fields);
        }
        Ok(pack.clone())
    }

    /// Event: a Powerpack was deleted; its pool is emptied, and with `unrent_numbers` its
    /// numbers leave the account. 404 for an unknown uuid.
    pub(crate) fn powerpack_deleted(
        &mut self,
        uuid: &str,
        unrent_numbers: bool,
    ) -> Result<(), Reply> {
        let pack = crate::sandbox::state::remove(&mut self.powerpacks.packs, "uuid", uuid)?;
        let pool = Powerpacks::pool_of(&pack).to_owned();
        let in_pool = |item: &Value| item["number_pool_uuid"] == pool.as_str();
        let numbers: Vec<String> = self
            .powerpacks
            .numbers
            .iter()
            .filter(|n| in_pool(n))
            .filter_map(|n| n["number"].as_str().map(str::to_owned))
            .collect();
        self.powerpacks.numbers.retain(|n| !in_pool(n));
        self.powerpacks.shortcodes.retain(|s| !in_pool(s));
        if unrent_numbers {
            self.numbers
                .retain(|n| !numbers.iter().any(|gone| n["number"] == gone.as_str()));
            restock(self);
        }
        Ok(())
    }

    /// 404 unless a Powerpack owns `pool`.
    pub(crate) fn check_pool(&self, pool: &str) -> Result<(), Reply> {
        self.powerpacks
            .owner_of(pool)
            .map(|_| ())
            .ok_or_else(not_found)
    }

    /// Event: `number` joined `pool` (`tollfree`: through the toll-free paths). With `rent`
    /// the number is rented first, from the inventory, with the account's default
    /// application and `owner` as its subaccount. Returns the pool number as shown.
    pub(crate) fn pool_number_added(
        &mut self,
        pool: &str,
        number: &str,
        tollfree: bool,
        rent: Option<Value>,
        service: Option<String>,
        base: &str,
    ) -> Result<Value, Reply> {
        self.check_pool(pool)?;
        if let Some(other) = self
            .powerpacks
            .numbers
            .iter()
            .find(|n| n["number"] == number)
        {
            return Err(error(
                400,
                &format!(
                    "number {number} is already in number pool {}",
                    other["number_pool_uuid"].as_str().unwrap_or_default()
                ),
            ));
        }
        let rented = self.numbers.iter().any(|n| n["number"] == number);
        match rent {
            Some(owner) if !rented => {
                restock(self);
                let at = self
                    .inventory
                    .iter()
                    .position(|n| n["number"] == number)
                    .ok_or_else(|| error(404, &format!("number {number} is not for sale")))?;
                let application = self.default_application("default_app");
                self.number_rented(at, application, "disabled".into(), owner, base);
            }
            None if !rented => {
                return Err(error(
                    400,
                    &format!("number {number} is not a number of this account"),
                ));
            }
            _ => {}
        }
        let Some(on_account) = self.numbers.iter().find(|n| n["number"] == number) else {
            return Err(not_found());
        };
        let kind = on_account["number_type"].as_str().unwrap_or_default();
        if tollfree != (kind == "tollfree") {
            let wanted = if tollfree {
                "a toll-free"
            } else {
                "not a toll-free"
            };
            return Err(error(
                400,
                &format!("number {number} must be {wanted} number"),
            ));
        }
        let mut member = json!({
            "account_phone_number_resource": format!("{base}Number/{number}/"),
            "added_on": iso_now(),
            "country_iso2": on_account["country_iso"],
            "number": number,
            "number_pool_uuid": pool,
            "service": service.unwrap_or_else(|| "sms".into()),
            "type": pool_type(kind),
        });
        if tollfree {
            member["tollfree"] = Value::String(number.to_owned());
        }
        self.powerpacks.numbers.push(member.clone());
        Ok(member)
    }

    /// Event: `number` left `pool`; with `unrent` it leaves the account too. 404 when the
    /// pool does not hold it (through the paths of its kind).
    pub(crate) fn pool_number_removed(
        &mut self,
        pool: &str,
        number: &str,
        tollfree: bool,
        unrent: bool,
    ) -> Result<(), Reply> {
        self.check_pool(pool)?;
        let at = self
            .powerpacks
            .numbers
            .iter()
            .position(|n| {
                n["number_pool_uuid"] == pool
                    && n["number"] == number
                    && (n["type"] == "tollfree") == tollfree
            })
            .ok_or_else(not_found)?;
        self.powerpacks.numbers.remove(at);
        if unrent {
            self.number_released(number)?;
        }
        Ok(())
    }

    /// Event: Plivo's support put a short code in `pool` (the sandbox's control). `false`
    /// when no Powerpack owns the pool or the short code is in a pool already.
    pub(crate) fn pool_shortcode_added(
        &mut self,
        pool: &str,
        shortcode: &str,
        country_iso2: &str,
    ) -> bool {
        let taken = self
            .powerpacks
            .shortcodes
            .iter()
            .any(|s| s["shortcode"] == shortcode);
        if taken || self.check_pool(pool).is_err() {
            return false;
        }
        self.powerpacks.shortcodes.push(json!({
            "added_on": iso_now(),
            "country_iso2": country_iso2,
            "number_pool_uuid": pool,
            "service": "sms",
            "shortcode": shortcode,
        }));
        true
    }

    /// Event: a short code left `pool`. 404 when the pool does not hold it.
    pub(crate) fn pool_shortcode_removed(
        &mut self,
        pool: &str,
        shortcode: &str,
    ) -> Result<(), Reply> {
        self.check_pool(pool)?;
        let before = self.powerpacks.shortcodes.len();
        self.powerpacks
            .shortcodes
            .retain(|s| !(s["number_pool_uuid"] == pool && s["shortcode"] == shortcode));
        if self.powerpacks.shortcodes.len() == before {
            return Err(not_found());
        }
        Ok(())
    }
}

impl Sandbox {
    /// Puts a short code in a Powerpack's number pool, as Plivo's support would (the API
    /// cannot add one). `false` when no Powerpack owns the pool or the short code is in a pool
    /// already. Over HTTP: `POST /sandbox/NumberPool/{number_pool_uuid}/Shortcode/{shortcode}/`
    /// (a US short code; 201, or 404).
    ///
    /// ```
    /// let sandbox = plivo::sandbox::Sandbox::start()?;
    /// assert!(!sandbox.add_pool_shortcode("no-such-pool", "444444", "US"));
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn add_pool_shortcode(
        &self,
        number_pool_uuid: &str,
        shortcode: &str,
        country_iso2: &str,
    ) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.pool_shortcode_added(number_pool_uuid, shortcode, country_iso2)
    }
}
