"""10DLC registration through the official Python SDK: a profile with its nested address and
authorized contact, a brand made from it, a campaign with the SDK's defaults (every text sent
as "" and every attribute as false), the rented number linked, listed and unlinked, and the
clean-up in dependency order.

The SDK has no call for `triggerBrandOtp` (plivo-node's `brand.trigger_otp` is its only
client), so it is not run here; `tests/ops_brand.rs` covers it."""

OPERATIONS = [
    "createProfile", "getSingleProfile", "getProfiles", "updateProfile",
    "createBrand", "getSingleBrand", "getBrands", "getBrandUsecases",
    "createCampaign", "getSingleCampaign", "getCampaigns", "updateCampaign", "importCampaign",
    "linkCampaignNumbers", "getCampaignNumbers", "getSingleCampaignNumber", "unlinkCampaignNumber",
    "deleteCampaign", "deleteBrand", "deleteProfile",
]


def run(client, step, ctx):
    number = ctx["number"]
    created = step("createProfile", lambda: client.profile.create(
        profile_alias="python", customer_type="DIRECT", entity_type="PRIVATE",
        company_name="Python Inc.", vertical="TECHNOLOGY", ein="123456789",
        ein_issuing_country="US", website="https://python.example",
        address={"street": "1 Main St", "city": "New York", "state": "NY",
                 "postal_code": "10001", "country": "US"},
        authorized_contact={"first_name": "Ada", "last_name": "Lovelace",
                            "email": "ada@python.example", "phone": "14155550100",
                            "title": "CTO", "seniority": "admin"}))
    profile_uuid = created["profile_uuid"] if created is not None else "none"
    step("getSingleProfile", lambda: client.profile.get(profile_uuid))
    step("getProfiles", lambda: client.profile.list(limit=5))
    step("updateProfile", lambda: client.profile.update(profile_uuid, {"website": "https://ada.example"}))

    brand = step("createBrand", lambda: client.brand.create(
        brand_alias="python", brand_type="STANDARD", profile_uuid=profile_uuid))
    brand_id = brand["brand_id"] if brand is not None else "none"
    step("getSingleBrand", lambda: client.brand.get(brand_id))
    step("getBrands", lambda: client.brand.list(type="STANDARD", limit=5))
    step("getBrandUsecases", lambda: client.brand.get_usecases(brand_id))

    campaign = step("createCampaign", lambda: client.campaign.create(
        brand_id=brand_id, vertical="TECHNOLOGY", usecase="MIXED", campaign_alias="python",
        sub_usecases=["2FA", "MARKETING"], description="Codes and offers",
        sample1="Your code is 123456", subscriber_optin=True))
    campaign_id = campaign["campaign_id"] if campaign is not None else "none"
    step("getSingleCampaign", lambda: client.campaign.get(campaign_id))
    step("getCampaigns", lambda: client.campaign.list(brand_id=brand_id, limit=5))
    step("updateCampaign", lambda: client.campaign.update(campaign_id, sample2="Your password changed"))
    step("importCampaign", lambda: client.campaign.import_campaign(
        campaign_id="CPYIMPORT", campaign_alias="imported"))

    step("linkCampaignNumbers", lambda: client.campaign.number_link(campaign_id, numbers=[number]))
    step("getCampaignNumbers", lambda: client.campaign.get_numbers(campaign_id, limit=20))
    step("getSingleCampaignNumber", lambda: client.campaign.get_number(campaign_id, number))
    step("unlinkCampaignNumber", lambda: client.campaign.number_unlink(campaign_id, number))

    step("deleteCampaign", lambda: client.campaign.delete(campaign_id))
    step("deleteBrand", lambda: client.brand.delete(brand_id))
    step("deleteProfile", lambda: client.profile.delete(profile_uuid))
