/* dhcpm-werror.c: names of the DWORD status every MS-DHCPM method returns.
 *
 * The DHCP-specific codes follow the Windows SDK (dhcpsapi.h) numbering, not
 * the hexadecimal printed on some MS-DHCPM method pages, which is one too low
 * for several failover codes (fact sheet section 5.3).  Generic Win32 codes
 * come from the Win32 error list in the Wireshark SDK we build against,
 * renamed from Samba's WERR_ spelling to the Windows ERROR_ one.
 */

#include <stdlib.h>
#include <string.h>

#include <epan/packet.h>
#include <wsutil/str_util.h>

#include "dhcpm.h"
#include "compat.h"

/* MS-DHCPM / dhcpsapi.h ERROR_DHCP_* codes, 20000-20139. */
static const value_string dhcp_errors[] = {
    { 0x00004E20, "ERROR_DHCP_REGISTRY_INIT_FAILED" },
    { 0x00004E21, "ERROR_DHCP_DATABASE_INIT_FAILED" },
    { 0x00004E22, "ERROR_DHCP_RPC_INIT_FAILED" },
    { 0x00004E23, "ERROR_DHCP_NETWORK_INIT_FAILED" },
    { 0x00004E24, "ERROR_DHCP_SUBNET_EXITS" },
    { 0x00004E25, "ERROR_DHCP_SUBNET_NOT_PRESENT" },
    { 0x00004E26, "ERROR_DHCP_PRIMARY_NOT_FOUND" },
    { 0x00004E27, "ERROR_DHCP_ELEMENT_CANT_REMOVE" },
    { 0x00004E29, "ERROR_DHCP_OPTION_EXITS" },
    { 0x00004E2A, "ERROR_DHCP_OPTION_NOT_PRESENT" },
    { 0x00004E2B, "ERROR_DHCP_ADDRESS_NOT_AVAILABLE" },
    { 0x00004E2C, "ERROR_DHCP_RANGE_FULL" },
    { 0x00004E2D, "ERROR_DHCP_JET_ERROR" },
    { 0x00004E2E, "ERROR_DHCP_CLIENT_EXISTS" },
    { 0x00004E2F, "ERROR_DHCP_INVALID_DHCP_MESSAGE" },
    { 0x00004E30, "ERROR_DHCP_INVALID_DHCP_CLIENT" },
    { 0x00004E31, "ERROR_DHCP_SERVICE_PAUSED" },
    { 0x00004E32, "ERROR_DHCP_NOT_RESERVED_CLIENT" },
    { 0x00004E33, "ERROR_DHCP_RESERVED_CLIENT" },
    { 0x00004E34, "ERROR_DHCP_RANGE_TOO_SMALL" },
    { 0x00004E35, "ERROR_DHCP_IPRANGE_EXITS" },
    { 0x00004E36, "ERROR_DHCP_RESERVEDIP_EXITS" },
    { 0x00004E37, "ERROR_DHCP_INVALID_RANGE" },
    { 0x00004E38, "ERROR_DHCP_RANGE_EXTENDED" },
    { 0x00004E39, "ERROR_EXTEND_TOO_SMALL" },
    { 0x00004E3A, "WARNING_EXTENDED_LESS" },
    { 0x00004E3B, "ERROR_DHCP_JET_CONV_REQUIRED" },
    { 0x00004E3C, "ERROR_SERVER_INVALID_BOOT_FILE_TABLE" },
    { 0x00004E3D, "ERROR_SERVER_UNKNOWN_BOOT_FILE_NAME" },
    { 0x00004E3E, "ERROR_DHCP_SUPER_SCOPE_NAME_TOO_LONG" },
    { 0x00004E40, "ERROR_DHCP_IP_ADDRESS_IN_USE" },
    { 0x00004E41, "ERROR_DHCP_LOG_FILE_PATH_TOO_LONG" },
    { 0x00004E42, "ERROR_DHCP_UNSUPPORTED_CLIENT" },
    { 0x00004E44, "ERROR_DHCP_JET97_CONV_REQUIRED" },
    { 0x00004E45, "ERROR_DHCP_ROGUE_INIT_FAILED" },
    { 0x00004E46, "ERROR_DHCP_ROGUE_SAMSHUTDOWN" },
    { 0x00004E47, "ERROR_DHCP_ROGUE_NOT_AUTHORIZED" },
    { 0x00004E48, "ERROR_DHCP_ROGUE_DS_UNREACHABLE" },
    { 0x00004E49, "ERROR_DHCP_ROGUE_DS_CONFLICT" },
    { 0x00004E4A, "ERROR_DHCP_ROGUE_NOT_OUR_ENTERPRISE" },
    { 0x00004E4B, "ERROR_DHCP_ROGUE_STANDALONE_IN_DS" },
    { 0x00004E4C, "ERROR_DHCP_CLASS_NOT_FOUND" },
    { 0x00004E4D, "ERROR_DHCP_CLASS_ALREADY_EXISTS" },
    { 0x00004E4E, "ERROR_DHCP_SCOPE_NAME_TOO_LONG" },
    { 0x00004E4F, "ERROR_DHCP_DEFAULT_SCOPE_EXITS" },
    { 0x00004E50, "ERROR_DHCP_CANT_CHANGE_ATTRIBUTE" },
    { 0x00004E51, "ERROR_DHCP_IPRANGE_CONV_ILLEGAL" },
    { 0x00004E52, "ERROR_DHCP_NETWORK_CHANGED" },
    { 0x00004E53, "ERROR_DHCP_CANNOT_MODIFY_BINDINGS" },
    { 0x00004E54, "ERROR_DHCP_SUBNET_EXISTS" },
    { 0x00004E55, "ERROR_DHCP_MSCOPE_EXISTS" },
    { 0x00004E56, "ERROR_MSCOPE_RANGE_TOO_SMALL" },
    { 0x00004E57, "ERROR_DHCP_EXEMPTION_EXISTS" },
    { 0x00004E58, "ERROR_DHCP_EXEMPTION_NOT_PRESENT" },
    { 0x00004E59, "ERROR_DHCP_INVALID_PARAMETER_OPTION32" },
    { 0x00004E66, "ERROR_DDS_NO_DS_AVAILABLE" },
    { 0x00004E67, "ERROR_DDS_NO_DHCP_ROOT" },
    { 0x00004E68, "ERROR_DDS_UNEXPECTED_ERROR" },
    { 0x00004E69, "ERROR_DDS_TOO_MANY_ERRORS" },
    { 0x00004E6A, "ERROR_DDS_DHCP_SERVER_NOT_FOUND" },
    { 0x00004E6B, "ERROR_DDS_OPTION_ALREADY_EXISTS" },
    { 0x00004E6C, "ERROR_DDS_OPTION_DOES_NOT_EXIST" },
    { 0x00004E6D, "ERROR_DDS_CLASS_EXISTS" },
    { 0x00004E6E, "ERROR_DDS_CLASS_DOES_NOT_EXIST" },
    { 0x00004E6F, "ERROR_DDS_SERVER_ALREADY_EXISTS" },
    { 0x00004E70, "ERROR_DDS_SERVER_DOES_NOT_EXIST" },
    { 0x00004E71, "ERROR_DDS_SERVER_ADDRESS_MISMATCH" },
    { 0x00004E72, "ERROR_DDS_SUBNET_EXISTS" },
    { 0x00004E73, "ERROR_DDS_SUBNET_HAS_DIFF_SSCOPE" },
    { 0x00004E74, "ERROR_DDS_SUBNET_NOT_PRESENT" },
    { 0x00004E75, "ERROR_DDS_RESERVATION_NOT_PRESENT" },
    { 0x00004E76, "ERROR_DDS_RESERVATION_CONFLICT" },
    { 0x00004E77, "ERROR_DDS_POSSIBLE_RANGE_CONFLICT" },
    { 0x00004E78, "ERROR_DDS_RANGE_DOES_NOT_EXIST" },
    { 0x00004E79, "ERROR_DHCP_DELETE_BUILTIN_CLASS" },
    { 0x00004E7B, "ERROR_DHCP_INVALID_SUBNET_PREFIX" },
    { 0x00004E7C, "ERROR_DHCP_INVALID_DELAY" },
    { 0x00004E7D, "ERROR_DHCP_LINKLAYER_ADDRESS_EXISTS" },
    { 0x00004E7E, "ERROR_DHCP_LINKLAYER_ADDRESS_RESERVATION_EXISTS" },
    { 0x00004E7F, "ERROR_DHCP_LINKLAYER_ADDRESS_DOES_NOT_EXIST" },
    { 0x00004E85, "ERROR_DHCP_HARDWARE_ADDRESS_TYPE_ALREADY_EXEMPT" },
    { 0x00004E86, "ERROR_DHCP_UNDEFINED_HARDWARE_ADDRESS_TYPE" },
    { 0x00004E87, "ERROR_DHCP_OPTION_TYPE_MISMATCH" },
    { 0x00004E88, "ERROR_DHCP_POLICY_BAD_PARENT_EXPR" },
    { 0x00004E89, "ERROR_DHCP_POLICY_EXISTS" },
    { 0x00004E8A, "ERROR_DHCP_POLICY_RANGE_EXISTS" },
    { 0x00004E8B, "ERROR_DHCP_POLICY_RANGE_BAD" },
    { 0x00004E8C, "ERROR_DHCP_RANGE_INVALID_IN_SERVER_POLICY" },
    { 0x00004E8D, "ERROR_DHCP_INVALID_POLICY_EXPRESSION" },
    { 0x00004E8E, "ERROR_DHCP_INVALID_PROCESSING_ORDER" },
    { 0x00004E8F, "ERROR_DHCP_POLICY_NOT_FOUND" },
    { 0x00004E90, "ERROR_SCOPE_RANGE_POLICY_RANGE_CONFLICT" },
    { 0x00004E91, "ERROR_DHCP_FO_SCOPE_ALREADY_IN_RELATIONSHIP" },
    { 0x00004E92, "ERROR_DHCP_FO_RELATIONSHIP_EXISTS" },
    { 0x00004E93, "ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST" },
    { 0x00004E94, "ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP" },
    { 0x00004E95, "ERROR_DHCP_FO_RELATION_IS_SECONDARY" },
    { 0x00004E96, "ERROR_DHCP_FO_NOT_SUPPORTED" },
    { 0x00004E97, "ERROR_DHCP_FO_TIME_OUT_OF_SYNC" },
    { 0x00004E98, "ERROR_DHCP_FO_STATE_NOT_NORMAL" },
    { 0x00004E99, "ERROR_DHCP_NO_ADMIN_PERMISSION" },
    { 0x00004E9A, "ERROR_DHCP_SERVER_NOT_REACHABLE" },
    { 0x00004E9B, "ERROR_DHCP_SERVER_NOT_RUNNING" },
    { 0x00004E9C, "ERROR_DHCP_SERVER_NAME_NOT_RESOLVED" },
    { 0x00004E9D, "ERROR_DHCP_FO_RELATIONSHIP_NAME_TOO_LONG" },
    { 0x00004E9E, "ERROR_DHCP_REACHED_END_OF_SELECTION" },
    { 0x00004E9F, "ERROR_DHCP_FO_ADDSCOPE_LEASES_NOT_SYNCED" },
    { 0x00004EA0, "ERROR_DHCP_FO_MAX_RELATIONSHIPS" },
    { 0x00004EA1, "ERROR_DHCP_FO_IPRANGE_TYPE_CONV_ILLEGAL" },
    { 0x00004EA2, "ERROR_DHCP_FO_MAX_ADD_SCOPES" },
    { 0x00004EA3, "ERROR_DHCP_FO_BOOT_NOT_SUPPORTED" },
    { 0x00004EA4, "ERROR_DHCP_FO_RANGE_PART_OF_REL" },
    { 0x00004EA5, "ERROR_DHCP_FO_SCOPE_SYNC_IN_PROGRESS" },
    { 0x00004EA6, "ERROR_DHCP_FO_FEATURE_NOT_SUPPORTED" },
    { 0x00004EA7, "ERROR_DHCP_POLICY_FQDN_RANGE_UNSUPPORTED" },
    { 0x00004EA8, "ERROR_DHCP_POLICY_FQDN_OPTION_UNSUPPORTED" },
    { 0x00004EA9, "ERROR_DHCP_POLICY_EDIT_FQDN_UNSUPPORTED" },
    { 0x00004EAA, "ERROR_DHCP_NAP_NOT_SUPPORTED" },
    { 0x00004EAB, "ERROR_LAST_DHCP_SERVER_ERROR" },
};

/* Win32 codes the failover methods return (MS-DHCPM 3.2.4.90-101, 126),
 * used when the Wireshark SDK has no Win32 error list. */
static const value_string win32_fallback[] = {
    { 0x00000000, "ERROR_SUCCESS" },
    { 0x00000002, "ERROR_FILE_NOT_FOUND" },
    { 0x00000005, "ERROR_ACCESS_DENIED" },
    { 0x00000008, "ERROR_NOT_ENOUGH_MEMORY" },
    { 0x00000057, "ERROR_INVALID_PARAMETER" },
    { 0x00000078, "ERROR_CALL_NOT_IMPLEMENTED" },
    { 0x000000EA, "ERROR_MORE_DATA" },
    { 0x00000103, "ERROR_NO_MORE_ITEMS" },
    { 0x000006BA, "RPC_S_SERVER_UNAVAILABLE" },
    { 0x000006D1, "RPC_S_PROCNUM_OUT_OF_RANGE" },
    { 0x000006F4, "RPC_X_NULL_REF_POINTER" },
};

#ifdef DHCPM_HAVE_WERR_LIST
#define DHCPM_WERR_ENTRY(name, value) { value, #name },
static const value_string werr_list[] = {
    WERR_errors_VALUE_STRING_LIST(DHCPM_WERR_ENTRY)
};
#endif

/* Samba spells Win32 codes WERR_X where Windows has ERROR_X (and keeps the
 * RPC_S_ and EPT_S_ families as they are). */
static const char *
windows_name(const char *werr)
{
    const char *rest = werr + strlen("WERR_");

    if (strncmp(werr, "WERR_", 5) != 0)
        return werr;
    if (strcmp(werr, "WERR_OK") == 0)
        return "ERROR_SUCCESS";
    if (strncmp(rest, "RPC_", 4) == 0 || strncmp(rest, "EPT_", 4) == 0)
        return rest;
    return wmem_strconcat(wmem_epan_scope(), "ERROR_", rest, NULL);
}

static int
compare_value(const void *a, const void *b)
{
    guint32 va = ((const value_string *)a)->value;
    guint32 vb = ((const value_string *)b)->value;

    return (va > vb) - (va < vb);
}

static value_string_ext *werror_ext;

/* Built once at registration: a sorted table for binary search. */
value_string_ext *
dhcpm_werror_strings(void)
{
    const value_string *win32 = win32_fallback;
    guint n_win32 = G_N_ELEMENTS(win32_fallback);
    value_string *all;
    guint i, n = 0;

    if (werror_ext)
        return werror_ext;
#ifdef DHCPM_HAVE_WERR_LIST
    win32 = werr_list;
    n_win32 = G_N_ELEMENTS(werr_list);
#endif
    all = wmem_alloc_array(wmem_epan_scope(), value_string,
                           G_N_ELEMENTS(dhcp_errors) + n_win32 + 1);
    for (i = 0; i < G_N_ELEMENTS(dhcp_errors); i++)
        all[n++] = dhcp_errors[i];
    for (i = 0; i < n_win32; i++) {
        /* the DHCP range is ours: the SDK numbering wins there */
        if (win32[i].value >= 20000 && win32[i].value <= 20139)
            continue;
        all[n].value = win32[i].value;
        all[n].strptr = windows_name(win32[i].strptr);
        n++;
    }
    qsort(all, n, sizeof(all[0]), compare_value);
    /* drop repeated values, keeping the first */
    for (i = 1; i < n; ) {
        if (all[i].value == all[i - 1].value) {
            memmove(&all[i], &all[i + 1], (n - i - 1) * sizeof(all[0]));
            n--;
        } else {
            i++;
        }
    }
    all[n].value = 0;
    all[n].strptr = NULL;
    werror_ext = value_string_ext_new(all, n + 1, "dhcpm_werror");
    return werror_ext;
}

const char *
dhcpm_werror_name(guint32 code)
{
    return val_to_str_ext_const(code, dhcpm_werror_strings(), "unknown status");
}
