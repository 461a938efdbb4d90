//! Phone numbers: rented ones, the inventory to buy from, and your own carrier's.

use super::NumberType;
use crate::models;
use crate::rules;

params! {
    /// `getRentedNumbers`: one page of the numbers on the account.
    GetRentedNumbers = "getRentedNumbers" -> models::Page<models::RentedNumber>, paged;
    required {}
    optional {
        /// Only numbers of this kind.
        number_type: NumberType = "type" => "type";
        /// Only numbers that start with these digits.
        number_starts_with: String = "numberStartsWith" => "number_startswith";
        /// Only this subaccount's (`SA…`) numbers.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// Only numbers with this alias.
        alias: String = "alias" => "alias";
        /// Only numbers with these services: `voice`, `sms`, `mms` (joined with `,`).
        services: List = "services" => "services" [join = ','];
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getRentedNumber`: one number on the account.
    GetRentedNumber = "getRentedNumber" -> models::RentedNumber;
    required {
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {}
}

params! {
    /// `addOwnCarrierNumber`: add numbers from your own carrier (registered with the legacy
    /// incoming-carrier operations).
    AddOwnCarrierNumber = "addOwnCarrierNumber" -> models::Ack;
    required {
        /// The numbers (joined with `,` on the wire).
        numbers: List = "numbers" => "numbers" [join = ','];
        /// The incoming carrier's id.
        carrier: String = "carrier" => "carrier";
        /// A region label for the numbers.
        region: String = "region" => "region";
    }
    optional {
        /// Informational: local or toll-free.
        number_type: NumberType = "numberType" => "number_type";
        /// Application attached to the numbers.
        app_id: String = "appId" => "app_id";
        /// The subaccount (`SA…`) that gets the numbers.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
    }
}

params! {
    /// `updateNumber`: change a number's application, subaccount or alias. An empty `app_id`
    /// unlinks the application; in the JSON form `"appId": null` does too, as the seed says.
    UpdateNumber = "updateNumber" -> models::Ack;
    required {
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// Application attached to the number (empty to unlink).
        app_id: String = "appId" => "app_id" [null_empty];
        /// The subaccount (`SA…`) that gets the number.
        subaccount: String = "subaccount" => "subaccount" [check = rules::subaccount_id];
        /// A friendly name.
        alias: String = "alias" => "alias";
    }
}

params! {
    /// `unrentNumber`: give a number back; this cannot be undone.
    UnrentNumber = "unrentNumber" -> models::Ack;
    required {
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {}
}

params! {
    /// `searchNewNumbers`: one page of numbers you can buy in a country.
    SearchNewNumbers = "searchNewNumbers" -> models::Page<models::AvailableNumber>, paged;
    required {
        /// ISO 3166-1 alpha-2 code, upper case (`US`, `GB`).
        country_iso: String = "countryIso" => "country_iso" [check = rules::country_iso];
    }
    optional {
        /// Kind of number (Plivo's default: any).
        number_type: NumberType = "type" => "type";
        /// Digits the number starts with, after the country code.
        pattern: String = "pattern" => "pattern";
        /// Region name (fixed numbers).
        region: String = "region" => "region";
        /// Required services: `voice`, `sms`, `mms` (joined with `,`).
        services: List = "services" => "services" [join = ','];
        /// Local access and transport area (US and CA).
        lata: String = "lata" => "lata";
        /// Rate center (US and CA).
        rate_center: String = "rateCenter" => "rate_center";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
        /// City name.
        city: String = "city" => "city";
    }
}

params! {
    /// `buyNumber`: rent a number found with `searchNewNumbers`.
    BuyNumber = "buyNumber" -> models::NumberBought;
    required {
        /// The number, with country code.
        number: String = "number" => "number";
    }
    optional {
        /// Application attached to the number (default: the account's default application).
        app_id: String = "appId" => "app_id";
        /// The approved phone-number compliance application the number is bought under
        /// (countries that require one; plivo-python and plivo-go send it).
        compliance_application_id: String = "complianceApplicationId" => "compliance_application_id";
        /// Rent the number with high availability (a fallback number that takes over).
        ha_enable: bool = "haEnable" => "ha_enable";
    }
}
