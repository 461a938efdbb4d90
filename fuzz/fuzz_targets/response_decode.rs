//! Arbitrary bytes decoded into the crate's models with serde_json.
//!
//! Decoding must never panic. When a model decodes, it must re-serialize (`to_vec` cannot
//! fail for these models) and decode again to an equal value: the models document that
//! `Serialize` writes back the JSON they were read from, `extra` and the string-or-number
//! form of `Decimal` included. Exactly, floats included; see
//! `plivo_fuzz::STRICT_FLOATS`. Along the way,
//! `Ids::to_vec`/`first` and `Decimal::to_u64`/`parse` run on what was decoded.
#![no_main]

use std::fmt::Debug;

use libfuzzer_sys::fuzz_target;
use plivo::models::{
    Account, Ack, CallQueued, CallRecord, Conference, Decimal, Ids, MemberAction, Message,
    MessageQueued, Page, Pricing, Rate, RentedNumber, VoiceRates,
};
use plivo_fuzz::{STRICT_FLOATS, has_float, is_float_overflow, same_but_float_noise};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Decodes `data` as `T`; when it decodes, runs `visit` and checks the round trip.
fn check<T>(name: &str, data: &[u8], visit: impl Fn(&T))
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let Ok(first) = serde_json::from_slice::<T>(data) else {
        return;
    };
    visit(&first);
    let bytes = serde_json::to_vec(&first)
        .unwrap_or_else(|e| panic!("{name}: a decoded value does not serialize: {e}\n{first:?}"));
    let written = serde_json::from_slice::<serde_json::Value>(&bytes)
        .unwrap_or_else(|e| panic!("{name}: serialized text is not JSON: {e}"));
    let floats_tolerated = !STRICT_FLOATS && has_float(&written);
    let show = || {
        format!(
            " input: {}\nwritten: {}",
            String::from_utf8_lossy(data),
            String::from_utf8_lossy(&bytes)
        )
    };
    match serde_json::from_slice::<T>(&bytes) {
        Ok(second) => {
            if second != first {
                let rewritten = serde_json::to_value(&second)
                    .unwrap_or_else(|e| panic!("{name}: re-decoded value does not serialize: {e}"));
                assert!(
                    floats_tolerated && same_but_float_noise(&written, &rewritten),
                    "{name}: did not decode back to an equal value\n{}\n first: {first:?}\nsecond: {second:?}",
                    show()
                );
            }
        }
        Err(e) => {
            let e = e.to_string();
            assert!(
                floats_tolerated && is_float_overflow(&e),
                "{name}: its own serialization does not decode: {e}\n{}",
                show()
            );
        }
    }
}

fn decimal(d: &Decimal) {
    let _ = d.to_u64();
    let _ = d.parse::<f64>();
    let _ = d.to_string();
}

fn opt_decimal(d: &Option<Decimal>) {
    if let Some(d) = d {
        decimal(d);
    }
}

fn ids(ids: &Ids) {
    let list = ids.to_vec();
    assert_eq!(ids.first(), list.first().cloned());
    if let Ids::Many(many) = ids {
        assert_eq!(&list, many);
    }
}

fn rate(r: &Option<Rate>) {
    if let Some(r) = r {
        decimal(&r.rate);
    }
}

fn voice_rates(v: &Option<VoiceRates>) {
    if let Some(v) = v {
        rate(&v.ip);
        rate(&v.local);
        rate(&v.tollfree);
        for r in v.rates.iter().flatten() {
            decimal(&r.rate);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check::<Page<Message>>("Page<Message>", data, |p| {
        for m in &p.objects {
            opt_decimal(&m.error_code);
            opt_decimal(&m.total_amount);
            opt_decimal(&m.total_rate);
        }
    });
    check::<Page<CallRecord>>("Page<CallRecord>", data, |p| {
        for c in &p.objects {
            opt_decimal(&c.total_amount);
            opt_decimal(&c.total_rate);
        }
    });
    check::<Page<RentedNumber>>("Page<RentedNumber>", data, |p| {
        for n in &p.objects {
            opt_decimal(&n.mms_rate);
            opt_decimal(&n.monthly_rental_rate);
            opt_decimal(&n.sms_rate);
            opt_decimal(&n.voice_rate);
        }
    });
    check::<Account>("Account", data, |a| opt_decimal(&a.cash_credits));
    check::<Conference>("Conference", data, |c| {
        opt_decimal(&c.conference_member_count);
        opt_decimal(&c.conference_run_time);
        for m in c.members.iter().flatten() {
            opt_decimal(&m.join_time);
        }
    });
    check::<Pricing>("Pricing", data, |p| {
        if let Some(m) = &p.message {
            rate(&m.inbound);
            rate(&m.outbound);
            for n in m.outbound_networks_list.iter().flatten() {
                decimal(&n.rate);
            }
        }
        if let Some(n) = &p.phone_numbers {
            rate(&n.local);
            rate(&n.tollfree);
        }
        if let Some(v) = &p.voice {
            voice_rates(&v.inbound);
            voice_rates(&v.outbound);
        }
    });
    check::<MessageQueued>("MessageQueued", data, |_| {});
    check::<CallQueued>("CallQueued", data, |c| ids(&c.request_uuid));
    check::<MemberAction>("MemberAction", data, |m| {
        if let Some(i) = &m.member_id {
            ids(i);
        }
    });
    check::<Ack>("Ack", data, |_| {});
    // The two loose types on their own.
    check::<Ids>("Ids", data, ids);
    check::<Decimal>("Decimal", data, decimal);
});
