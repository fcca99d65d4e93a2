/* dhcpm-sdk.c: where the Windows SDK's client API and MS-DHCPM disagree on
 * a method's parameters (fact sheet section 7, items 4 and 5).  The IDL
 * describes the specification; a stub with exactly the SDK's extra DWORD is
 * decoded the SDK's way instead of as trailing data. */

#include <string.h>

#include <epan/packet.h>

#include "dhcpm.h"
#include "dhcpm-generated.h"

static int hf_dhcpm_max_allowed_delta_time = -1;

/* The two methods concerned, found once at registration. */
static const dhcpm_method_t *get_system_time;
static const dhcpm_method_t *get_address_status;

static const dhcpm_method_t *
find_method(const char *name)
{
    guint i, j;

    for (i = 0; i < dhcpm_n_interfaces; i++)
        for (j = 0; j < dhcpm_interfaces[i].n_methods; j++)
            if (strcmp(dhcpm_interfaces[i].methods[j].name, name) == 0)
                return &dhcpm_interfaces[i].methods[j];
    return NULL;
}

/* DhcpV4FailoverGetSystemTime(ServerIpAddress, pTime, pMaxAllowedDeltaTime):
 * a 12-byte response carries the allowed clock difference before the status. */
static int
get_system_time_response(ndr_ctx_t *ctx, proto_tree *tree, int offset)
{
    offset = ndr_time32(ctx, tree, offset, hf_dhcpm_time);
    offset = ndr_uint32(ctx, tree, offset, hf_dhcpm_max_allowed_delta_time, NULL);
    return ndr_uint32(ctx, tree, offset, hf_dhcpm_werror, NULL);
}

int
dhcpm_sdk_dissect(ndr_ctx_t *ctx, proto_tree *tree, const dhcpm_method_t *method,
                  gboolean is_request, dhcpm_body_fn body)
{
    int offset;

    if (method == get_system_time && !is_request && tvb_reported_length(ctx->tvb) == 12)
        return get_system_time_response(ctx, tree, 0);
    offset = body(ctx, tree, 0);
    /* DhcpV4FailoverGetAddressStatus declares pStatus in/out: its request
     * then ends with the DWORD the specification's [out] omits. */
    if (method == get_address_status && is_request &&
        tvb_reported_length_remaining(ctx->tvb, ndr_align(ctx, offset, 4)) == 4)
        offset = ndr_uint32(ctx, tree, offset, hf_dhcpm_address_status, NULL);
    return offset;
}

void
dhcpm_sdk_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_dhcpm_max_allowed_delta_time, { "pMaxAllowedDeltaTime", "dhcpm.max_allowed_delta_time",
          FT_UINT32, BASE_DEC, NULL, 0x0,
          "Largest clock difference allowed between the partners, seconds (Windows SDK only)", HFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
    get_system_time = find_method("R_DhcpV4FailoverGetSystemTime");
    get_address_status = find_method("R_DhcpV4FailoverGetAddressStatus");
}
