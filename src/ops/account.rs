//! The account and its subaccounts.

use crate::Error;
use crate::models;
use crate::rules;

params! {
    /// `getAccountDetails`: the account's details (name, address, cash credits, auto recharge).
    GetAccountDetails = "getAccountDetails" -> models::Account;
    required {}
    optional {}
}

params! {
    /// `updateAccount`: change the account holder's name, city or address. At least one must be
    /// set.
    UpdateAccount = "updateAccount" -> models::Ack;
    required {}
    optional {
        /// Name of the account holder or business.
        name: String = "name" => "name";
        /// City of the account holder.
        city: String = "city" => "city";
        /// Address of the account holder.
        address: String = "address" => "address";
    }
    check = update_account_rule;
}

fn update_account_rule(p: &UpdateAccount) -> Result<(), Error> {
    let set = |field: &Option<String>| field.as_ref().is_some_and(|v| !v.trim().is_empty());
    if !(set(&p.name) || set(&p.city) || set(&p.address)) {
        return Err(Error::invalid(
            Some(UpdateAccount::OPERATION),
            "name",
            "or `city` or `address` must be set and not empty: an update needs at least one of them",
        ));
    }
    Ok(())
}

params! {
    /// `createSubaccount`: a subaccount segments usage; it gets its own auth id and token.
    CreateSubaccount = "createSubaccount" -> models::SubaccountCreated;
    required {
        /// Name of the subaccount.
        name: String = "name" => "name";
    }
    optional {
        /// Whether the subaccount is enabled (Plivo's default: false).
        enabled: bool = "enabled" => "enabled";
    }
}

params! {
    /// `updateSubaccount`: rename a subaccount and enable or disable it. `enabled` is sent only
    /// when set, so a rename never disables the subaccount.
    UpdateSubaccount = "updateSubaccount" -> models::Ack;
    required {
        /// The subaccount's auth id (`SA…`).
        subauth_id: String = "subauthId" => "subauth_id" [check = rules::subaccount_id];
        /// Name of the subaccount (Plivo requires it on every update).
        name: String = "name" => "name";
    }
    optional {
        /// Whether the subaccount is enabled.
        enabled: bool = "enabled" => "enabled";
    }
}

params! {
    /// `getSingleSubaccount`: one subaccount, with its auth token.
    GetSingleSubaccount = "getSingleSubaccount" -> models::Subaccount;
    required {
        /// The subaccount's auth id (`SA…`).
        subauth_id: String = "subauthId" => "subauth_id" [check = rules::subaccount_id];
    }
    optional {}
}

params! {
    /// `getSubaccounts`: one page of the account's subaccounts.
    GetSubaccounts = "getSubaccounts" -> models::Page<models::Subaccount>, paged;
    required {}
    optional {
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
    }
}

params! {
    /// `deleteSubaccount`: delete a subaccount. Its numbers, endpoints and applications move to
    /// the main account, unless `cascade` deletes them too.
    DeleteSubaccount = "deleteSubaccount" -> models::Ack;
    required {
        /// The subaccount's auth id (`SA…`).
        subauth_id: String = "subauthId" => "subauth_id" [check = rules::subaccount_id];
    }
    optional {
        /// Also delete the subaccount's numbers, endpoints and applications.
        cascade: bool = "cascade" => "cascade";
    }
}
