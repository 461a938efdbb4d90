//! 10DLC profiles: the business behind brands (`createProfile`, `getSingleProfile`,
//! `getProfiles`, `updateProfile`), and the closed sets a profile is described with.
//!
//! The enums here are read from Plivo with an `Unknown(String)` variant (recorded answers carry
//! values such as `PUBLIC_PROFIT` or `nil` that no request may send); as request fields in
//! [`crate::ops`] they accept only the known values.

use super::{model, open_enum};

open_enum! {
    /// Whether the account registers for itself or for its customers (`customer_type`).
    pub enum CustomerType {
        /// The account's own business.
        Direct = "DIRECT",
        /// A reseller registering its customers.
        Reseller = "RESELLER",
    }
}

open_enum! {
    /// The legal form of the business (`entity_type`). A `PUBLIC` company also gives its
    /// stock symbol and exchange.
    pub enum EntityType {
        /// A privately held company.
        Private = "PRIVATE",
        /// A publicly traded company.
        Public = "PUBLIC",
        /// A non-profit organisation.
        NonProfit = "NON_PROFIT",
        /// A government body.
        Government = "GOVERNMENT",
        /// A person (sole proprietor; starter brands).
        Individual = "INDIVIDUAL",
    }
}

open_enum! {
    /// The business's industry (`vertical`), for profiles and campaigns.
    pub enum Vertical {
        /// Professional services.
        Professional = "PROFESSIONAL",
        /// Real estate.
        RealEstate = "REAL_ESTATE",
        /// Healthcare.
        Healthcare = "HEALTHCARE",
        /// Human resources, staffing, recruiting.
        HumanResources = "HUMAN_RESOURCES",
        /// Energy and utilities.
        Energy = "ENERGY",
        /// Entertainment.
        Entertainment = "ENTERTAINMENT",
        /// Retail.
        Retail = "RETAIL",
        /// Transportation and logistics.
        Transportation = "TRANSPORTATION",
        /// Agriculture.
        Agriculture = "AGRICULTURE",
        /// Insurance.
        Insurance = "INSURANCE",
        /// Postal and delivery.
        Postal = "POSTAL",
        /// Education.
        Education = "EDUCATION",
        /// Hospitality and travel.
        Hospitality = "HOSPITALITY",
        /// Financial services.
        Financial = "FINANCIAL",
        /// Political.
        Political = "POLITICAL",
        /// Gambling and lottery.
        Gambling = "GAMBLING",
        /// Legal services.
        Legal = "LEGAL",
        /// Construction and materials.
        Construction = "CONSTRUCTION",
        /// Non-governmental organisations.
        Ngo = "NGO",
        /// Manufacturing.
        Manufacturing = "MANUFACTURING",
        /// Government services.
        Government = "GOVERNMENT",
        /// Information technology.
        Technology = "TECHNOLOGY",
        /// Media and communication.
        Communication = "COMMUNICATION",
    }
}

open_enum! {
    /// The kind of `alt_business_id`.
    pub enum AltBusinessIdType {
        /// Dun & Bradstreet number.
        Duns = "DUNS",
        /// Legal Entity Identifier.
        Lei = "LEI",
        /// Global Intermediary Identification Number.
        Giin = "GIIN",
        /// No alternative id.
        None = "NONE",
    }
}

open_enum! {
    /// The exchange a `PUBLIC` company's stock trades on.
    pub enum StockExchange {
        /// NASDAQ.
        Nasdaq = "NASDAQ",
        /// New York Stock Exchange.
        Nyse = "NYSE",
        /// NYSE American.
        Amex = "AMEX",
        /// NYSE American (the other spelling Plivo accepts).
        Amx = "AMX",
        /// Australian Securities Exchange.
        Asx = "ASX",
        /// B3 (Brazil).
        B3 = "B3",
        /// Bolsas y Mercados Españoles.
        Bme = "BME",
        /// Bombay Stock Exchange.
        Bse = "BSE",
        /// Frankfurt Stock Exchange.
        Fra = "FRA",
        /// Iceland Stock Exchange.
        Icex = "ICEX",
        /// Japan Exchange Group.
        Jpx = "JPX",
        /// Johannesburg Stock Exchange.
        Jse = "JSE",
        /// Korea Exchange.
        Krx = "KRX",
        /// London Stock Exchange.
        Lon = "LON",
        /// National Stock Exchange of India.
        Nse = "NSE",
        /// Nasdaq Nordic (OMX).
        Omx = "OMX",
        /// Stock Exchange of Hong Kong.
        Sehk = "SEHK",
        /// Singapore Exchange.
        Sgx = "SGX",
        /// Shanghai Stock Exchange.
        Sse = "SSE",
        /// Stockholm Stock Exchange.
        Sto = "STO",
        /// SIX Swiss Exchange.
        Swx = "SWX",
        /// Shenzhen Stock Exchange.
        Szse = "SZSE",
        /// Toronto Stock Exchange.
        Tsx = "TSX",
        /// Taiwan Stock Exchange.
        Twse = "TWSE",
        /// Vienna Stock Exchange.
        Vse = "VSE",
        /// Any other exchange.
        Other = "OTHER",
    }
}

model! {
    /// A business address as Plivo shows it on profiles and brands (empty strings when
    /// none was given).
    pub struct BusinessAddress {
        required {}
        optional {
            /// Street and number.
            street: String,
            /// City.
            city: String,
            /// State or region (`NY`).
            state: String,
            /// Postal code.
            postal_code: String,
            /// Country (ISO 3166-1 alpha-2).
            country: String,
        }
    }
}

model! {
    /// The person who may act for the business, as Plivo shows it (an empty object when none
    /// was given; older profiles carry only `name`).
    pub struct BusinessContact {
        required {}
        optional {
            /// First name.
            first_name: String,
            /// Last name.
            last_name: String,
            /// The whole name (older profiles).
            name: String,
            /// Phone number.
            phone: String,
            /// Email address.
            email: String,
            /// Job title.
            title: String,
            /// Seniority (`admin`, `CFO`, …).
            seniority: String,
        }
    }
}

model! {
    /// A 10DLC profile: the items of `getProfiles`, inside `getSingleProfile` and
    /// `updateProfile`.
    pub struct Profile {
        required {
            /// The profile's uuid, for [`crate::ops::CreateBrand`].
            profile_uuid: String,
        }
        optional {
            /// Its friendly name.
            profile_alias: String,
            /// `PRIMARY` (the account's own) or `SECONDARY`.
            profile_type: String,
            /// The account's primary profile, for a secondary one.
            primary_profile: String,
            /// Direct or reseller.
            customer_type: CustomerType,
            /// The legal form.
            entity_type: EntityType,
            /// The company's legal name.
            company_name: String,
            /// The tax id (EIN in the US).
            ein: String,
            /// The country that issued the tax id (ISO 3166-1 alpha-2).
            ein_issuing_country: String,
            /// A public company's stock symbol.
            stock_symbol: String,
            /// A public company's exchange.
            stock_exchange: StockExchange,
            /// The business's website.
            website: String,
            /// The industry.
            vertical: Vertical,
            /// Another business id (DUNS, LEI, GIIN).
            alt_business_id: String,
            /// The kind of `alt_business_id`.
            alt_business_id_type: AltBusinessIdType,
            /// The subaccount the profile belongs to.
            plivo_subaccount: String,
            /// The business's address.
            address: BusinessAddress,
            /// Who may act for the business.
            authorized_contact: BusinessContact,
            /// The business's contact email.
            business_contact_email: String,
            /// The name the business trades under.
            doing_business_as: String,
            /// When it was created.
            created_at: String,
        }
    }
}

model! {
    /// The answer to `createProfile`.
    pub struct ProfileCreated {
        required {
            /// The new profile's uuid.
            profile_uuid: String,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said.
            message: String,
        }
    }
}

model! {
    /// The answer to `getSingleProfile` and `updateProfile`: the profile, wrapped in
    /// `profile`.
    pub struct ProfileDetails {
        required {
            /// The profile.
            profile: Profile,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}
