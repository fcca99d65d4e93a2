/* dhcpm-security.c: security findings in a decoded call.
 *
 * - unc_path: a request names a path on another host (\\host\share or
 *   //host/share) for the server to write its database backup to, restore
 *   from, keep its database or audit log in.  The server then opens that
 *   path with its own machine account's credentials: the known
 *   authentication-coercion use of R_DhcpBackupDatabase and
 *   R_DhcpRestoreDatabase.
 * - access_denied_burst: a client's changes answered ERROR_ACCESS_DENIED
 *   again and again in a short time (an account without the rights trying
 *   its luck, or a script going wrong).
 * The findings that need the DCE/RPC auth level (secrets without packet
 * privacy, changes without authentication) are in dhcpm-conformance-rpc.c;
 * this file says which values are secrets.
 */

#include <string.h>

#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/prefs.h>
#include <epan/to_str.h>
#include <epan/proto_data.h>
#include <epan/wmem_scopes.h>
#include <wsutil/nstime.h>

#include "dhcpm.h"
#include "dhcpm-generated.h"
#include "dhcpm-security.h"
#include "compat.h"

#define ERROR_ACCESS_DENIED 5

static expert_field ei_unc_path = EI_INIT;
static expert_field ei_access_denied_burst = EI_INIT;

static ei_register_info findings[] = {
    { &ei_unc_path, { "dhcpm.expert.unc_path", PI_SECURITY, PI_WARN,
      "Path on another host (UNC): the DHCP server would connect to it with its machine "
      "account's credentials, the authentication-coercion use of R_DhcpBackupDatabase and "
      "R_DhcpRestoreDatabase", EXPFILL } },
    { &ei_access_denied_burst, { "dhcpm.expert.access_denied_burst", PI_SECURITY, PI_WARN,
      "Repeated changes refused with ERROR_ACCESS_DENIED to one client in a short time "
      "(Edit > Preferences > DHCPM sets how many and how fast)", EXPFILL } },
};

static int proto_security = -1;
static guint burst_count = 5;
static guint burst_seconds = 60;

/* ---- values ------------------------------------------------------------- */

static gboolean
is_path(int hf)
{
    return hf == hf_dhcpm_path || hf == hf_dhcpm_audit_log_dir ||
           hf == hf_dhcpm_config_backup_path || hf == hf_dhcpm_config_database_path;
}

gboolean
dhcpm_security_is_secret(int hf)
{
    return hf == hf_dhcpm_passwd || hf == hf_dhcpm_relationship_shared_secret;
}

gboolean
dhcpm_security_wants_string(int hf)
{
    return is_path(hf) || dhcpm_security_is_secret(hf);
}

/* \\host\... or //host/..., the \\?\UNC\host\... form included; \\?\C:\
 * and \\.\ name local objects. */
static gboolean
is_unc(const char *s)
{
    if (!((s[0] == '\\' || s[0] == '/') && (s[1] == '\\' || s[1] == '/')))
        return FALSE;
    if ((s[2] == '?' || s[2] == '.') && (s[3] == '\\' || s[3] == '/'))
        return g_ascii_strncasecmp(s + 4, "UNC", 3) == 0 && (s[7] == '\\' || s[7] == '/');
    return s[2] != '\0' && s[2] != '\\' && s[2] != '/';
}

void
dhcpm_security_string(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree, gboolean is_request,
                      int hf, const char *value)
{
    proto_item *pi;

    if (is_request && is_path(hf) && is_unc(value)) {
        pi = proto_tree_add_expert(tree, pinfo, &ei_unc_path, tvb, 0, 0);
        proto_item_append_text(pi, ": %s \"%s\"", proto_registrar_get_abbrev(hf), value);
    }
}

/* ---- access denied in a burst -------------------------------------------- */

/* One client's last refusals, oldest first: at most the burst's count,
 * which is at most MAX_BURST (the preference may change between files). */
#define MAX_BURST 100
typedef struct {
    guint n;
    nstime_t when[MAX_BURST];
} refusals_t;

/* client address (text) -> refusals_t; only clients refused at least once */
static wmem_map_t *clients;

#define KEY_BURST 0     /* file scope: 1 + the refusals in the window, on a burst's frames */

void
dhcpm_security_response(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                        const dhcpm_method_t *method, guint32 werror)
{
    guint count = MIN(burst_count, MAX_BURST);
    guint32 seen;
    proto_item *pi;

    if (werror != ERROR_ACCESS_DENIED || !method->is_change || count < 1)
        return;
    if (!PINFO_FD_VISITED(pinfo)) {
        const char *client = address_to_str(pinfo->pool, &pinfo->dst);
        refusals_t *r = (refusals_t *)wmem_map_lookup(clients, client);
        nstime_t span;

        if (!r) {
            r = wmem_new0(wmem_file_scope(), refusals_t);
            wmem_map_insert(clients, wmem_strdup(wmem_file_scope(), client), r);
        }
        while (r->n >= count) {
            memmove(r->when, r->when + 1, (r->n - 1) * sizeof(nstime_t));
            r->n--;
        }
        r->when[r->n++] = pinfo->abs_ts;
        nstime_delta(&span, &pinfo->abs_ts, &r->when[0]);
        if (r->n == count && nstime_to_sec(&span) <= (double)burst_seconds)
            p_add_proto_data(wmem_file_scope(), pinfo, proto_security, KEY_BURST,
                             GUINT_TO_POINTER(r->n + 1));
    }
    seen = GPOINTER_TO_UINT(p_get_proto_data(wmem_file_scope(), pinfo, proto_security,
                                             KEY_BURST));
    if (seen) {
        pi = proto_tree_add_expert(tree, pinfo, &ei_access_denied_burst, tvb, 0, 0);
        proto_item_append_text(pi, ": %u refusals to %s within %u s", seen - 1,
                               address_to_str(pinfo->pool, &pinfo->dst), burst_seconds);
    }
}

void
dhcpm_security_register(int proto, module_t *prefs)
{
    proto_security = proto;
    expert_register_field_array(expert_register_protocol(proto), findings,
                                array_length(findings));
    prefs_register_uint_preference(prefs, "access_denied_burst_count",
        "Refusals that make a burst",
        "dhcpm.expert.access_denied_burst marks the response that brings one client this many "
        "changes refused with ERROR_ACCESS_DENIED within the time below, and each one after "
        "it (0: never; at most 100)", 10, &burst_count);
    prefs_register_uint_preference(prefs, "access_denied_burst_seconds",
        "Time of a burst of refusals (seconds)",
        "The window of dhcpm.expert.access_denied_burst", 10, &burst_seconds);
    clients = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(), g_str_hash,
                                     g_str_equal);
}
