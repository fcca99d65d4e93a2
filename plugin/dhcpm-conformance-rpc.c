/* dhcpm-conformance-rpc.c: the rules that need the DCE/RPC header of a
 * PDU: its auth level (MS-DHCPM 2.1.2 asks for PKT_PRIVACY of failover
 * calls; a change without authentication, a secret without packet privacy
 * are security findings) and the faults that answer failover calls.
 *
 * Wireshark 4.0 gives a DCE/RPC sub-dissector neither the auth level nor
 * the fault PDUs, so a postdissector reads them from the tree, for the
 * frames in which dhcpm-conformance.c noted a failover PDU and for faults
 * of the calls it noted.  The level of a connection's bind is kept,
 * because at level CONNECT the later PDUs carry no verifier of their own.
 *
 * The fields a postdissector asks for are built in every frame of every
 * capture, and fields that every PDU carries (its type, its call id) cost
 * more than our whole decoder in `tshark -T fields` (4.4: 14,000
 * instructions a call).  So it asks only for fields that the PDUs it
 * looks for carry: the auth level (in PDUs with a verifier), the number
 * of context items (binds and alter_contexts only) and the fault status
 * (faults only).  The rest of a bind's or fault's header is read from
 * the packet, at the field's place in it (C706 12.6).
 *
 * Wireshark primes the fields a postdissector wants on the first pass
 * only (tshark -2's second pass, a packet selected in the GUI): the
 * first pass keeps what it found per frame and later passes show that.
 */

#include <string.h>

#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/conversation.h>
#include <epan/prefs.h>
#include <epan/proto_data.h>
#include <epan/wmem_scopes.h>

#include "compat.h"
#include "dhcpm-conformance.h"
#include "dhcpm-demand.h"

#define NCA_S_OP_RNG_ERROR 0x1C010002u
#define AUTH_LEVEL_NONE 1          /* MS-RPCE 2.2.1.1.8 */
#define AUTH_LEVEL_CONNECT 2
#define AUTH_LEVEL_PKT_PRIVACY 6

static expert_field ei_failover_fault = EI_INIT;
static expert_field ei_unauthenticated_call = EI_INIT;
static expert_field ei_secret_not_sealed = EI_INIT;
static expert_field ei_unauthenticated_change = EI_INIT;

static ei_register_info rules[] = {
    { &ei_failover_fault, { "dhcpm.expert.failover_fault", PI_RESPONSE_CODE, PI_NOTE,
      "Failover call answered with a DCE/RPC fault (nca_s_op_rng_error: the server predates "
      "the failover methods of Windows Server 2012; MS-DHCPM 1.7, 3)", EXPFILL } },
    /* security (2.1.2, 5.1) */
    { &ei_unauthenticated_call, { "dhcpm.expert.unauthenticated_call", PI_SECURITY, PI_WARN,
      "Failover call without authentication; MS-DHCPM 2.1.2 asks for PKT_PRIVACY", EXPFILL } },
    { &ei_secret_not_sealed, { "dhcpm.expert.secret_not_sealed", PI_SECURITY, PI_WARN,
      "Secret (failover shared secret, DNS registration password) in a PDU that is not sealed "
      "(auth level below PKT_PRIVACY; MS-DHCPM 2.1.2, 2.2.1.2.98, 5.1)", EXPFILL } },
    { &ei_unauthenticated_change, { "dhcpm.expert.unauthenticated_change", PI_SECURITY, PI_WARN,
      "Change requested without authentication (no auth verifier, not over an authenticated "
      "named pipe; MS-DHCPM 2.1.2, 3.5.5)", EXPFILL } },
};

/* Proto data of a frame (the notes are below). */
#define KEY_PDUS 0              /* pinfo->pool: this pass's failover PDUs */
#define KEY_UNAUTHENTICATED 1   /* file scope: unauthenticated failover requests and changes
                                 * (UNAUTH_PACK), as a pointer */
#define KEY_NOTES 2             /* file scope: wmem_array_t of rpc_note_t */

/* What the postdissector needs of a frame's PDUs: they share the frame's
 * auth level, so counting them is enough. */
typedef struct {
    guint requests;             /* failover requests */
    guint changes;              /* change requests */
    guint secrets;              /* PDUs with a secret */
} frame_pdus_t;

/* Two counts of a frame in one pointer: a frame holds a few dozen PDUs */
#define UNAUTH_PACK(calls, changes) (MIN(calls, 0xFFFFu) | (MIN(changes, 0xFFFFu) << 16))
#define UNAUTH_CALLS(v) ((v) & 0xFFFFu)
#define UNAUTH_CHANGES(v) ((v) >> 16)

static int proto_dhcpm_rpc = -1;
/* (conversation, call id) of failover requests, for their faults. */
static wmem_map_t *failover_calls;
/* conversation -> 1 + the auth level of its last bind or alter_context
 * (0: no bind seen) */
static wmem_map_t *bind_levels;

static guint64
call_key(const conversation_t *conv, guint32 call_id)
{
    return ((guint64)conv->conv_index << 32) | call_id;
}

void
dhcpm_conf_rpc_note_call(packet_info *pinfo, dcerpc_info *di)
{
    guint64 *key;

    if (PINFO_FD_VISITED(pinfo) || !di->conv)
        return;
    key = wmem_new(wmem_file_scope(), guint64);
    *key = call_key(di->conv, di->call_id);
    wmem_map_insert(failover_calls, key, key);
}

/* Only calls still waiting for their answer are kept: the map stays as small
 * as the calls in flight, not as large as the capture (a million calls kept
 * 140 MB and slowed every look-up).  A fault removes its call's entry too,
 * in check_faults. */
void
dhcpm_conf_rpc_note_response(packet_info *pinfo, dcerpc_info *di)
{
    guint64 key, *stored;

    if (PINFO_FD_VISITED(pinfo) || !di->conv)
        return;
    key = call_key(di->conv, di->call_id);
    stored = (guint64 *)wmem_map_remove(failover_calls, &key);
    if (stored)
        wmem_free(wmem_file_scope(), stored);
}

void
dhcpm_conf_rpc_note_pdu(packet_info *pinfo, gboolean failover_request, gboolean change_request,
                        gboolean has_secret)
{
    frame_pdus_t *pdus;

    pdus = (frame_pdus_t *)p_get_proto_data(pinfo->pool, pinfo, proto_dhcpm_rpc, KEY_PDUS);
    if (!pdus) {
        pdus = wmem_new0(pinfo->pool, frame_pdus_t);
        p_add_proto_data(pinfo->pool, pinfo, proto_dhcpm_rpc, KEY_PDUS, pdus);
    }
    pdus->requests += failover_request;
    pdus->changes += change_request;
    pdus->secrets += has_secret;
}

/* Reading the DCE/RPC header makes Wireshark build a tree for every
 * frame, which costs a plain `tshark -r` listing about a fifth more CPU on
 * a capture of DCE/RPC only: the user may turn it off. */
static dhcpm_pref_bool_t check_rpc_header = TRUE;
static dissector_handle_t post_handle;

static int hf_auth_level = -1;
static int hf_num_ctx_items = -1;
static int hf_fault_status = -1;
/* who authenticated a connection, for the audit */
static int hf_ntlm_user = -1;
static int hf_ntlm_domain = -1;
static int hf_krb_cname = -1;
static int hf_krb_crealm = -1;

/* conversation -> wmem_array_t of principal_t, in frame order */
static wmem_map_t *principals;
typedef struct {
    guint32 frame;
    const char *name;           /* DOMAIN\user (NTLM) or user@REALM (Kerberos) */
} principal_t;

static guint32
finfo_uint(GPtrArray *a, guint i)
{
    return DHCPM_FINFO_UINT((field_info *)g_ptr_array_index(a, i));
}

static guint
finfo_count(GPtrArray *a)
{
    return a ? a->len : 0;
}

/* The lowest auth level of the frame's verifiers, or 0 when it has none.
 * A connection's PDUs share its bind's security context, so a frame (one
 * connection) does not mix PDUs with and without a verifier. */
static guint32
frame_auth_level(GPtrArray *levels)
{
    guint32 level = 0;
    guint i;

    for (i = 0; i < finfo_count(levels); i++)
        if (i == 0 || finfo_uint(levels, i) < level)
            level = finfo_uint(levels, i);
    return level;
}

/* The connection-oriented PDU of type ptype that holds field fi, which
 * sits `at` bytes into it: where the PDU starts in fi's data source, or
 * -1 when the bytes there are not that PDU's header. */
#define CN_HEADER_LEN 16
static int
cn_pdu_start(const field_info *fi, int at, guint8 ptype)
{
    tvbuff_t *ds = fi->ds_tvb;
    int pdu = fi->start - at;

    if (!ds || pdu < 0 || !tvb_bytes_exist(ds, pdu, CN_HEADER_LEN))
        return -1;
    if (tvb_get_guint8(ds, pdu) != 5 || tvb_get_guint8(ds, pdu + 2) != ptype)
        return -1;
    return pdu;
}

static guint
cn_encoding(tvbuff_t *ds, int pdu)
{
    return (tvb_get_guint8(ds, pdu + 4) & DREP_LITTLE_ENDIAN) ? ENC_LITTLE_ENDIAN
                                                               : ENC_BIG_ENDIAN;
}

/* The auth level of a bind or alter_context, or 0 when it has no
 * verifier: the sec_trailer ends the PDU, its auth_length bytes after
 * the 8 bytes of auth_type, auth_level, pad, reserved and context id. */
#define CN_BIND_NUM_CTX_ITEMS_AT 24
static guint32
bind_auth_level(const field_info *fi)
{
    tvbuff_t *ds = fi->ds_tvb;
    int pdu, trailer;
    guint enc;
    guint16 frag_len, auth_len;

    pdu = cn_pdu_start(fi, CN_BIND_NUM_CTX_ITEMS_AT, PDU_BIND);
    if (pdu < 0)
        pdu = cn_pdu_start(fi, CN_BIND_NUM_CTX_ITEMS_AT, PDU_ALTER);
    if (pdu < 0)
        return 0;
    enc = cn_encoding(ds, pdu);
    frag_len = tvb_get_guint16(ds, pdu + 8, enc);
    auth_len = tvb_get_guint16(ds, pdu + 10, enc);
    if (auth_len == 0 || frag_len < CN_HEADER_LEN + 8 + auth_len)
        return 0;
    trailer = pdu + frag_len - auth_len - 8;
    if (!tvb_bytes_exist(ds, trailer, 2))
        return 0;
    return tvb_get_guint8(ds, trailer + 1);
}

/* The call id of a fault, from its header; FALSE when fi is not in one. */
#define CN_FAULT_STATUS_AT 24
static gboolean
fault_call_id(const field_info *fi, guint32 *call_id)
{
    int pdu = cn_pdu_start(fi, CN_FAULT_STATUS_AT, PDU_FAULT);

    if (pdu < 0)
        return FALSE;
    *call_id = tvb_get_guint32(fi->ds_tvb, pdu + 12, cn_encoding(fi->ds_tvb, pdu));
    return TRUE;
}

/* What the first pass found in a frame, kept for later passes.  Unsigned
 * calls are the common finding (every request of unauthenticated traffic),
 * so they are only counted, in the proto data pointer itself; the rare
 * faults and unsealed secrets keep the value their text shows. */
typedef enum { NOTE_FAULT, NOTE_NOT_SEALED } note_kind_t;
typedef struct {
    note_kind_t kind;
    guint32 value;
} rpc_note_t;

static void
add_note(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, const rpc_note_t *n)
{
    proto_item *pi;

    switch (n->kind) {
    case NOTE_FAULT:
        pi = proto_tree_add_expert(tree, pinfo, &ei_failover_fault, tvb, 0, 0);
        proto_item_append_text(pi, ": status 0x%08x%s", n->value,
                               n->value == NCA_S_OP_RNG_ERROR ? " (nca_s_op_rng_error)" : "");
        break;
    case NOTE_NOT_SEALED:
        pi = proto_tree_add_expert(tree, pinfo, &ei_secret_not_sealed, tvb, 0, 0);
        proto_item_append_text(pi, ": auth level %u", n->value);
        break;
    }
}

static void
note(packet_info *pinfo, wmem_array_t **notes, note_kind_t kind, guint32 value)
{
    rpc_note_t n;

    if (!*notes) {
        *notes = wmem_array_new(wmem_file_scope(), sizeof(rpc_note_t));
        p_add_proto_data(wmem_file_scope(), pinfo, proto_dhcpm_rpc, KEY_NOTES, *notes);
    }
    n.kind = kind;
    n.value = value;
    wmem_array_append_one(*notes, n);
}

static void
check_faults(packet_info *pinfo, conversation_t *conv, GPtrArray *faults, wmem_array_t **notes)
{
    guint i;

    for (i = 0; i < faults->len; i++) {
        guint64 key, *stored;
        guint32 call_id;

        if (!fault_call_id((field_info *)g_ptr_array_index(faults, i), &call_id))
            continue;
        key = call_key(conv, call_id);
        stored = (guint64 *)wmem_map_remove(failover_calls, &key);
        if (stored) {
            note(pinfo, notes, NOTE_FAULT, finfo_uint(faults, i));
            wmem_free(wmem_file_scope(), stored);
        }
    }
}

static int
show_notes(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, guint unauthenticated,
           wmem_array_t *notes)
{
    guint i;

    for (i = 0; i < UNAUTH_CALLS(unauthenticated); i++)
        proto_tree_add_expert(tree, pinfo, &ei_unauthenticated_call, tvb, 0, 0);
    for (i = 0; i < UNAUTH_CHANGES(unauthenticated); i++)
        proto_tree_add_expert(tree, pinfo, &ei_unauthenticated_change, tvb, 0, 0);
    for (i = 0; notes && i < wmem_array_get_count(notes); i++)
        add_note(tvb, pinfo, tree, (const rpc_note_t *)wmem_array_index(notes, i));
    return 0;
}

static const char *
finfo_string(GPtrArray *a)
{
    const char *s = finfo_count(a) ? DHCPM_FINFO_STRING((field_info *)g_ptr_array_index(a, 0))
                                   : NULL;

    return s ? s : "";
}

/* The principal an NTLM AUTHENTICATE message or a Kerberos ticket (which
 * Wireshark reads once it has the service's keytab) names, kept for the
 * frame's connection.  Wireshark shows an empty NTLM user as "NULL". */
static void
note_principal(packet_info *pinfo, proto_tree *tree)
{
    GPtrArray *user = proto_get_finfo_ptr_array(tree, hf_ntlm_user);
    GPtrArray *cname = proto_get_finfo_ptr_array(tree, hf_krb_cname);
    conversation_t *conv;
    wmem_array_t *list;
    principal_t p;

    if (!finfo_count(user) && !finfo_count(cname))
        return;
    conv = find_conversation_pinfo(pinfo, 0);
    if (!conv)
        return;
    if (finfo_count(user)) {
        const char *u = finfo_string(user);
        const char *d = finfo_string(proto_get_finfo_ptr_array(tree, hf_ntlm_domain));

        if (!*u || strcmp(u, "NULL") == 0)
            p.name = "anonymous (NTLM)";
        else if (!*d || strcmp(d, "NULL") == 0)
            p.name = wmem_strdup(wmem_file_scope(), u);
        else
            p.name = wmem_strdup_printf(wmem_file_scope(), "%s\\%s", d, u);
    } else {
        const char *r = finfo_string(proto_get_finfo_ptr_array(tree, hf_krb_crealm));

        p.name = *r ? wmem_strdup_printf(wmem_file_scope(), "%s@%s", finfo_string(cname), r)
                    : wmem_strdup(wmem_file_scope(), finfo_string(cname));
    }
    p.frame = pinfo->num;
    list = (wmem_array_t *)wmem_map_lookup(principals, GUINT_TO_POINTER(conv->conv_index));
    if (!list) {
        list = wmem_array_new(wmem_file_scope(), sizeof(principal_t));
        wmem_map_insert(principals, GUINT_TO_POINTER(conv->conv_index), list);
    }
    wmem_array_append_one(list, p);
}

const char *
dhcpm_conf_rpc_principal(packet_info *pinfo)
{
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    wmem_array_t *list;
    const char *name = NULL;
    guint i;

    if (!conv)
        return NULL;
    list = (wmem_array_t *)wmem_map_lookup(principals, GUINT_TO_POINTER(conv->conv_index));
    for (i = 0; list && i < wmem_array_get_count(list); i++) {
        const principal_t *p = (const principal_t *)wmem_array_index(list, i);

        if (p->frame <= pinfo->num)
            name = p->name;
    }
    return name;
}

static gboolean
over_pipe(packet_info *pinfo)
{
    return proto_is_frame_protocol(pinfo->layers, "smb2") ||
           proto_is_frame_protocol(pinfo->layers, "smb");
}

guint32
dhcpm_conf_rpc_bind_level(packet_info *pinfo, gboolean *pipe)
{
    conversation_t *conv = find_conversation_pinfo(pinfo, 0);
    guint32 bound;

    *pipe = over_pipe(pinfo);
    if (!conv)
        return 0;
    /* kept as 1 + the level, 1 + 0 for a bind without a verifier: none */
    bound = GPOINTER_TO_UINT(wmem_map_lookup(bind_levels, GUINT_TO_POINTER(conv->conv_index)));
    return bound == 0 ? 0 : MAX(bound - 1, AUTH_LEVEL_NONE);
}

/* later passes: what the first one kept */
static int
add_notes(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree)
{
    return show_notes(tvb, pinfo, tree,
                      GPOINTER_TO_UINT(p_get_proto_data(wmem_file_scope(), pinfo, proto_dhcpm_rpc,
                                                        KEY_UNAUTHENTICATED)),
                      (wmem_array_t *)p_get_proto_data(wmem_file_scope(), pinfo, proto_dhcpm_rpc,
                                                       KEY_NOTES));
}

static int
dissect_dhcpm_conf_post(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    frame_pdus_t *frame_pdus;
    conversation_t *conv = NULL;
    GPtrArray *binds, *faults;
    wmem_array_t *notes = NULL;
    guint32 level;
    guint i, unauthenticated = 0;

    /* Every frame comes here: decide from what is at hand (our PDUs in
     * proto data, binds and faults in the tree) before looking up the
     * conversation, which only binds, faults and calls without a
     * verifier need. */
    if (!check_rpc_header || !dhcpm_demand_rpc_header())
        return 0;
    if (PINFO_FD_VISITED(pinfo))
        return add_notes(tvb, pinfo, tree);
    if (!tree)
        return 0;
    note_principal(pinfo, tree);
    frame_pdus = (frame_pdus_t *)p_get_proto_data(pinfo->pool, pinfo, proto_dhcpm_rpc, KEY_PDUS);
    binds = proto_get_finfo_ptr_array(tree, hf_num_ctx_items);
    faults = proto_get_finfo_ptr_array(tree, hf_fault_status);
    if (!frame_pdus && !finfo_count(binds) && !finfo_count(faults))
        return 0;
    level = frame_auth_level(proto_get_finfo_ptr_array(tree, hf_auth_level));
    if (finfo_count(binds) || finfo_count(faults) || (frame_pdus && level == 0)) {
        conv = find_conversation_pinfo(pinfo, 0);
        if (!conv)
            return 0;
    }

    /* A bind's auth level holds for the connection's later PDUs; at level
     * CONNECT they carry no verifier of their own. */
    for (i = 0; i < finfo_count(binds); i++) {
        guint32 bind_level = bind_auth_level((field_info *)g_ptr_array_index(binds, i));

        wmem_map_insert(bind_levels, GUINT_TO_POINTER(conv->conv_index),
                        GUINT_TO_POINTER(bind_level + 1));
    }
    if (finfo_count(faults))
        check_faults(pinfo, conv, faults, &notes);
    if (frame_pdus && level == 0) {
        guint32 bound = GPOINTER_TO_UINT(wmem_map_lookup(bind_levels,
                                                         GUINT_TO_POINTER(conv->conv_index)));
        level = bound == AUTH_LEVEL_CONNECT + 1 ? AUTH_LEVEL_CONNECT : AUTH_LEVEL_NONE;
    }
    /* over a named pipe, the SMB session authenticates the client's changes */
    if (frame_pdus && level <= AUTH_LEVEL_NONE)
        unauthenticated = UNAUTH_PACK(frame_pdus->requests,
                                      over_pipe(pinfo) ? 0 : frame_pdus->changes);
    for (i = 0; frame_pdus && level < AUTH_LEVEL_PKT_PRIVACY && i < frame_pdus->secrets; i++)
        note(pinfo, &notes, NOTE_NOT_SEALED, level);
    if (unauthenticated)
        p_add_proto_data(wmem_file_scope(), pinfo, proto_dhcpm_rpc, KEY_UNAUTHENTICATED,
                         GUINT_TO_POINTER(unauthenticated));
    return show_notes(tvb, pinfo, tree, unauthenticated, notes);
}

/* The fields the postdissector reads, or none when it is turned off. */
void
dhcpm_conf_rpc_prefs_applied(void)
{
    GArray *wanted;

    if (!post_handle)
        return;
    /* nothing that reads them can be shown in this run: no tree for them */
    if (!check_rpc_header || !dhcpm_demand_rpc_header()) {
        set_postdissector_wanted_hfids(post_handle, NULL);
        return;
    }
    wanted = g_array_new(FALSE, FALSE, (guint)sizeof(int));
    g_array_append_val(wanted, hf_auth_level);
    g_array_append_val(wanted, hf_num_ctx_items);
    g_array_append_val(wanted, hf_fault_status);
    g_array_append_val(wanted, hf_ntlm_user);
    g_array_append_val(wanted, hf_ntlm_domain);
    g_array_append_val(wanted, hf_krb_cname);
    g_array_append_val(wanted, hf_krb_crealm);
    set_postdissector_wanted_hfids(post_handle, wanted);
}


void
dhcpm_conf_rpc_register(int proto, module_t *prefs)
{
    prefs_register_bool_preference(prefs, "check_rpc_header",
        "Check authentication and faults",
        "Raise dhcpm.expert.unauthenticated_call, unauthenticated_change, secret_not_sealed and "
        "failover_fault, and show the auth level in the audit. They read the DCE/RPC header, so Wireshark builds a tree for every frame: turn off for a "
        "faster plain listing.", &check_rpc_header);
    proto_dhcpm_rpc = proto;
    expert_register_field_array(expert_register_protocol(proto), rules, array_length(rules));
    failover_calls = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                            g_int64_hash, g_int64_equal);
    bind_levels = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                         g_direct_hash, g_direct_equal);
    principals = wmem_map_new_autoreset(wmem_epan_scope(), wmem_file_scope(),
                                        g_direct_hash, g_direct_equal);
}

void
dhcpm_conf_rpc_handoff(int proto)
{
    post_handle = create_dissector_handle(dissect_dhcpm_conf_post, proto);
    hf_auth_level = proto_registrar_get_id_byname("dcerpc.auth_level");
    hf_num_ctx_items = proto_registrar_get_id_byname("dcerpc.cn_num_ctx_items");
    hf_fault_status = proto_registrar_get_id_byname("dcerpc.cn_status");
    hf_ntlm_user = proto_registrar_get_id_byname("ntlmssp.auth.username");
    hf_ntlm_domain = proto_registrar_get_id_byname("ntlmssp.auth.domain");
    hf_krb_cname = proto_registrar_get_id_byname("kerberos.CNameString");
    hf_krb_crealm = proto_registrar_get_id_byname("kerberos.crealm");
    register_postdissector(post_handle);
    dhcpm_conf_rpc_prefs_applied();
}
