//! 10DLC brands: create (from a profile), get, list (`brands`, no total; filters `type` and
//! `status`), delete (refused while it has campaigns), the use cases, and the starter brand's
//! OTP.

use serde_json::json;

use crate::models::BrandType;
use crate::sandbox::model::tendlc::{choices, optional_choice, required_choice};
use crate::sandbox::state::{
    Filter, Handled, How, Req, State, error, named_page, not_found, reply,
};

const FILTERS: &[Filter] = &[
    Filter::new("type", "brand_type", How::Exact),
    Filter::new("status", "registration_status", How::Exact),
];

/// The standard use cases, as Plivo lists them for a standard brand.
const USECASES: &[(&str, &str, &str)] = &[
    (
        "Account Notification",
        "ACCOUNT_NOTIFICATION",
        "Notices about changes to an account",
    ),
    (
        "Customer Care",
        "CUSTOMER_CARE",
        "Conversations with support and other customer-facing teams",
    ),
    (
        "Delivery Notification",
        "DELIVERY_NOTIFICATION",
        "Updates on the delivery of products and services",
    ),
    (
        "Fraud Alert",
        "FRAUD_ALERT",
        "Warnings about suspicious activity",
    ),
    (
        "Higher Education",
        "HIGHER_EDUCATION",
        "Messages from colleges and universities",
    ),
    (
        "Low Volume",
        "LOW_VOLUME",
        "Two to five standard use cases at low throughput",
    ),
    ("Marketing", "MARKETING", "Promotions and time-bound offers"),
    ("Mixed", "MIXED", "Two to five standard use cases"),
    (
        "Polling Voting",
        "POLLING_VOTING",
        "Non-political polls and surveys",
    ),
    (
        "Public Service Announcement",
        "PUBLIC_SERVICE_ANNOUNCEMENT",
        "Awareness of important topics",
    ),
    (
        "Security Alert",
        "SECURITY_ALERT",
        "Warnings about a possible breach",
    ),
    ("2FA", "2FA", "One-time passwords and login codes"),
];

pub(crate) fn create(state: &mut State, req: &Req) -> Handled {
    let alias = req.need("brand_alias")?;
    let brand_type = required_choice(req, "brand_type", choices::<BrandType>())?;
    let profile = req.need("profile_uuid")?;
    req.flag("secondary_vetting")?;
    optional_choice(req, "method", &["GET", "POST"])?;
    let id = state.brand_created(&alias, &brand_type, &profile)?;
    reply(
        200,
        json!({
            "brand_id": id,
            "message": "Request to create brand was received and is being processed.",
        }),
    )
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let brand = state.brand(req.seg(2)).ok_or_else(not_found)?;
    reply(200, json!({"brand": brand}))
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    named_page(
        req,
        "10dlc/Brand/",
        "brands",
        state.tendlc.brands.iter(),
        FILTERS,
    )
}

pub(crate) fn delete(state: &mut State, req: &Req) -> Handled {
    let id = req.seg(2).to_owned();
    state.brand_deleted(&id)?;
    reply(200, json!({"brand_id": id, "message": "Brand Deactivated"}))
}

/// A starter brand may run one `STARTER` campaign; a standard brand the standard use cases.
pub(crate) fn usecases(state: &mut State, req: &Req) -> Handled {
    let brand = state.brand(req.seg(2)).ok_or_else(not_found)?;
    let use_cases: Vec<_> = if brand["brand_type"] == "STARTER" {
        vec![json!({
            "name": "Starter",
            "code": "STARTER",
            "details": "A sole proprietor's campaign",
        })]
    } else {
        USECASES
            .iter()
            .map(|(name, code, details)| json!({"name": name, "code": code, "details": details}))
            .collect()
    };
    reply(
        200,
        json!({"brand_id": brand["brand_id"], "use_cases": use_cases}),
    )
}

/// Only a starter brand has a contact to verify by OTP.
pub(crate) fn trigger_otp(state: &mut State, req: &Req) -> Handled {
    let brand = state.brand(req.seg(2)).ok_or_else(not_found)?;
    if brand["brand_type"] != "STARTER" {
        return Err(error(400, "only a STARTER brand is verified by OTP"));
    }
    reply(
        200,
        json!({"message": "OTP sent to the brand's authorized contact."}),
    )
}
