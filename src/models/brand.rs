//! 10DLC brands: the business as registered with The Campaign Registry (`createBrand`,
//! `getSingleBrand`, `getBrands`, `deleteBrand`, `getBrandUsecases`).

use super::{BusinessAddress, BusinessContact, EntityType, Vertical, model, open_enum};

open_enum! {
    /// The kind of brand (`brand_type`).
    pub enum BrandType {
        /// A business with an EIN, fully vetted.
        Standard = "STANDARD",
        /// A sole proprietor without an EIN (low volume, one campaign).
        Starter = "STARTER",
    }
}

open_enum! {
    /// Where a brand's registration stands (`registration_status`; the `status` filter of
    /// `getBrands`).
    pub enum BrandStatus {
        /// Submitted, being processed (what creating one leads to at Plivo).
        Processing = "PROCESSING",
        /// Registered: campaigns may be created under it.
        Completed = "COMPLETED",
        /// Refused.
        Failed = "FAILED",
    }
}

model! {
    /// A 10DLC brand: the items of `getBrands`, inside `getSingleBrand`.
    pub struct Brand {
        required {
            /// The brand's id, for [`crate::ops::CreateCampaign`].
            brand_id: String,
        }
        optional {
            /// Its friendly name.
            brand_alias: String,
            /// Standard or starter.
            brand_type: BrandType,
            /// The profile it was made from.
            profile_uuid: String,
            /// Where its registration stands.
            registration_status: BrandStatus,
            /// The legal form.
            entity_type: EntityType,
            /// The industry.
            vertical: Vertical,
            /// The company's legal name.
            company_name: String,
            /// A starter brand's first name.
            first_name: String,
            /// A starter brand's last name.
            last_name: String,
            /// A starter brand's name.
            name: String,
            /// The tax id.
            ein: String,
            /// The country that issued the tax id.
            ein_issuing_country: String,
            /// A public company's stock symbol.
            stock_symbol: String,
            /// A public company's exchange.
            stock_exchange: String,
            /// The business's website.
            website: String,
            /// Another business id.
            alt_business_id: String,
            /// The kind of `alt_business_id`.
            alt_business_id_type: String,
            /// The outcome of secondary vetting (`ACTIVE`, …).
            vetting_status: String,
            /// The vetting score (0 to 100).
            vetting_score: u32,
            /// The business's address.
            address: BusinessAddress,
            /// Who may act for the business.
            authorized_contact: BusinessContact,
            /// When it was created.
            created_at: String,
        }
    }
}

model! {
    /// The answer to `createBrand`: registration is asynchronous; read the brand to follow it.
    pub struct BrandCreated {
        required {
            /// The new brand's id.
            brand_id: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// `Request to create brand was received and is being processed.`
            message: String,
        }
    }
}

model! {
    /// The answer to `getSingleBrand`: the brand, wrapped in `brand`.
    pub struct BrandDetails {
        required {
            /// The brand.
            brand: Brand,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// The answer to `deleteBrand` (`Brand Deactivated`).
    pub struct BrandDeleted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The brand.
            brand_id: String,
            /// What Plivo said.
            message: String,
        }
    }
}

model! {
    /// The answer to `getBrandUsecases`: what campaigns of this brand may be for.
    pub struct BrandUsecases {
        required {
            /// The use cases, each with the `code` [`crate::ops::CreateCampaign`] takes.
            use_cases: Vec<BrandUsecase>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The brand.
            brand_id: String,
        }
    }
}

model! {
    /// One use case a brand may run campaigns for.
    pub struct BrandUsecase {
        required {}
        optional {
            /// Its name (`Account Notification`).
            name: String,
            /// Its code (`ACCOUNT_NOTIFICATION`).
            code: String,
            /// What it is for.
            details: String,
        }
    }
}
