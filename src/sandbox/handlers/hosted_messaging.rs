//! Hosted messaging: letters of authorization (upload, get, list, delete) and hosted
//! messaging numbers (order, get, list). Both lists keep their paging information under
//! `meta_response`. The rules between the two are in `model::hosted`.
//!
//! The LOA upload is `multipart/form-data`: a text part `alias` and exactly one file part
//! named `file` (400 otherwise). List filters: `alias` for LOAs; `alias`, `hosted_status`,
//! `number` and `loa_id` for numbers.

use serde_json::Value;

use crate::sandbox::model::hosted::UploadedFile;
use crate::sandbox::model::tollfree::reshape_page;
use crate::sandbox::state::{
    Filter, Handled, Req, State, error, no_content, not_found, page, reply,
};

const LOA_FILTERS: &[Filter] = &[Filter::exact("alias")];

const NUMBER_FILTERS: &[Filter] = &[
    Filter::exact("alias"),
    Filter::exact("hosted_status"),
    Filter::exact("number"),
    Filter::exact("loa_id"),
];

pub(crate) fn create_loa(state: &mut State, req: &Req) -> Handled {
    let alias = req.need("alias")?;
    let part = req
        .one_file("file", "the letter")?
        .ok_or_else(|| error(400, "file is required"))?;
    let file = UploadedFile {
        name: part.filename.clone().unwrap_or_default(),
        content_type: part
            .content_type
            .clone()
            .unwrap_or_else(|| "application/octet-stream".to_owned()),
        size: part.data.len() as u64,
    };
    let mut view = state.loa_uploaded(&req.base, &alias, file);
    view["message"] = Value::String("LOA created successfully.".into());
    reply(201, view)
}

pub(crate) fn list_loas(state: &mut State, req: &Req) -> Handled {
    let items = state.loas.iter().map(|l| &l.view);
    reshape_page(
        page(req, "HostedMessagingNumber/LOA/", items, LOA_FILTERS),
        "meta_response",
        "total_count",
    )
}

pub(crate) fn get_loa(state: &mut State, req: &Req) -> Handled {
    let loa = state.loa(req.seg(2)).ok_or_else(not_found)?;
    reply(200, loa.view.clone())
}

pub(crate) fn delete_loa(state: &mut State, req: &Req) -> Handled {
    state.loa_deleted(req.seg(2))?;
    no_content()
}

pub(crate) fn create_number(state: &mut State, req: &Req) -> Handled {
    let alias = req.need("alias")?;
    let application_id = req.need("application_id")?;
    let loa_id = req.need("loa_id")?;
    let number = req.need("number")?;
    let number = number.strip_prefix('+').unwrap_or(&number).to_owned();
    if !(number.len() == 11
        && number.starts_with('1')
        && number.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(error(
            400,
            "number must be a US or Canadian number (1 and ten digits)",
        ));
    }
    let application = state.check_hosted_order(&loa_id, &application_id, &number)?;
    let mut view = state.hosted_number_ordered(&req.base, &alias, application, &loa_id, &number);
    view["message"] = Value::String("Hosted messaging number order created.".into());
    reply(201, view)
}

pub(crate) fn list_numbers(state: &mut State, req: &Req) -> Handled {
    reshape_page(
        page(
            req,
            "HostedMessagingNumber/",
            state.hosted_numbers.iter(),
            NUMBER_FILTERS,
        ),
        "meta_response",
        "total_count",
    )
}

pub(crate) fn get_number(state: &mut State, req: &Req) -> Handled {
    let item = state
        .hosted_numbers
        .iter()
        .find(|n| n["hosted_messaging_number_id"] == req.seg(1))
        .ok_or_else(not_found)?;
    reply(200, item.clone())
}
