//! 10DLC brands (beyond the seed): a profile registered with The Campaign Registry.

use super::HttpMethod;
use super::profile::email;
use crate::models;
use crate::rules;

pub use crate::models::{BrandStatus, BrandType};

params! {
    /// `createBrand` (beyond the seed): registers a brand from a profile
    /// (`POST 10dlc/Brand/`). Registration is asynchronous: Plivo answers with the brand's id
    /// and reports the outcome to `url`, if given; read the brand to follow it.
    ///
    /// ```
    /// use plivo::ops::{BrandType, CreateBrand};
    /// let op = CreateBrand::new("acme", BrandType::Standard, "201faedc-7df9-4840-9ab1-3997ce3f7cf4")
    ///     .secondary_vetting(true)
    ///     .url("https://example.com/brand-status");
    /// assert_eq!(op.brand_type, BrandType::Standard);
    /// ```
    CreateBrand = "createBrand" -> models::BrandCreated;
    required {
        /// A friendly name.
        brand_alias: String = "brandAlias" => "brand_alias";
        /// Standard (a business with an EIN) or starter (a sole proprietor).
        brand_type: BrandType = "brandType" => "brand_type";
        /// The profile the brand is made from.
        profile_uuid: String = "profileUuid" => "profile_uuid" [check = super::profile::max_chars::<36>];
    }
    optional {
        /// Ask for secondary vetting (a higher throughput; Plivo charges for it).
        secondary_vetting: bool = "secondaryVetting" => "secondary_vetting";
        /// The brand's contact email.
        business_contact_email: String = "businessContactEmail" => "business_contact_email" [check = email];
        /// Where Plivo reports the registration's outcome.
        url: String = "url" => "url" [check = rules::http_url];
        /// How Plivo calls `url`.
        method: HttpMethod = "method" => "method";
    }
}

params! {
    /// `getSingleBrand` (beyond the seed): one brand (`GET 10dlc/Brand/{brand_id}/`).
    GetSingleBrand = "getSingleBrand" -> models::BrandDetails;
    required {
        /// The brand's id.
        brand_id: String = "brandId" => "brand_id";
    }
    optional {}
}

params! {
    /// `getBrands` (beyond the seed): one page of the account's brands
    /// (`GET 10dlc/Brand/`). The answer keeps its items under `brands` and sends no total
    /// ([`crate::ListShape::Named`]).
    GetBrands = "getBrands" -> models::Page<models::Brand>, paged;
    required {}
    optional {
        /// Only brands of this type.
        brand_type: BrandType = "type" => "type";
        /// Only brands whose registration stands here.
        status: BrandStatus = "status" => "status";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `deleteBrand` (beyond the seed): deactivates a brand (`DELETE 10dlc/Brand/{brand_id}/`);
    /// Plivo answers 200 with `Brand Deactivated`. A brand with campaigns cannot be deleted
    /// (the sandbox refuses with 400): delete its campaigns first.
    DeleteBrand = "deleteBrand" -> models::BrandDeleted;
    required {
        /// The brand's id.
        brand_id: String = "brandId" => "brand_id";
    }
    optional {}
}

params! {
    /// `getBrandUsecases` (beyond the seed): the use cases a brand's campaigns may have
    /// (`GET 10dlc/Brand/{brand_id}/usecases/`).
    GetBrandUsecases = "getBrandUsecases" -> models::BrandUsecases;
    required {
        /// The brand's id.
        brand_id: String = "brandId" => "brand_id";
    }
    optional {}
}

params! {
    /// `triggerBrandOtp` (beyond the seed; plivo-node's `brand.trigger_otp`): sends again the
    /// one-time code that verifies a starter brand's contact
    /// (`POST 10dlc/Brand/{brand_id}/OTP/`, an empty JSON body). Only starter brands have one.
    TriggerBrandOtp = "triggerBrandOtp" -> models::Ack;
    required {
        /// The starter brand's id.
        brand_id: String = "brandId" => "brand_id";
    }
    optional {}
}
