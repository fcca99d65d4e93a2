/* dhcpm.h: what the parts of the plugin share. */
#ifndef DHCPM_H
#define DHCPM_H

#include <epan/packet.h>
#include <epan/dissectors/packet-dcerpc.h>

#include "ndr/ndr.h"

/* One direction of one method: its parameters, decoded from offset. */
typedef int (*dhcpm_body_fn)(ndr_ctx_t *ctx, proto_tree *tree, int offset);

/* A return code the method's page lists (idl/dhcpm-return-codes.tsv). */
typedef struct {
    guint32 value;              /* its value in the Windows SDK: what servers send */
    guint32 page_value;         /* the value the page prints (value when it prints none) */
    const char *page_name;      /* the name the page prints */
} dhcpm_code_t;

typedef struct {
    guint16 opnum;
    const char *name;           /* as in the IDL: R_DhcpV4FailoverGetRelationship */
    const char *short_name;     /* for the Info column: GetRelationship */
    dhcpm_body_fn request;      /* NULL: not decoded yet */
    dhcpm_body_fn response;
    gboolean is_change;         /* changes the server (cnf CHANGE): the audit lists it */
    const dhcpm_code_t *codes;  /* the codes its page lists; NULL: the page lists none */
    guint n_codes;
} dhcpm_method_t;

typedef struct {
    const char *name;           /* dhcpsrv, dhcpsrv2 */
    e_guid_t uuid;
    guint16 ver_major;
    guint16 ver_minor;
    const dhcpm_method_t *methods;  /* indexed by opnum */
    guint n_methods;
    dcerpc_sub_dissector *procs;
} dhcpm_interface_t;

/* A value that says what a call is about (cnf KEY): the first one of a PDU
 * goes into the Info column, and a request's into its response. */
typedef enum {
    DHCPM_KEY_PREFIX,           /* ", scope 10.0.0.0" */
    DHCPM_KEY_SUFFIX,           /* ", 3 read" */
    DHCPM_KEY_QUOTED            /* ": \"name\"" */
} dhcpm_key_style_t;

typedef struct {
    int *hf;
    dhcpm_key_style_t style;
    const char *label;
    gboolean request_only;      /* read in requests only */
} dhcpm_key_t;

/* The interface that is the protocol "dhcpm" itself; the others are
 * protocols below it (dhcpm-register.c). */
#define DHCPM_MAIN_INTERFACE "dhcpsrv2"

/* Generated from the IDL (dhcpm-generated.c). */
extern const dhcpm_interface_t dhcpm_interfaces[];
extern const guint dhcpm_n_interfaces;

/* dhcpm-call.c: the DCE/RPC entry points of every decoded method. */
int dhcpm_dissect_request(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                          dcerpc_info *di, guint8 *drep);
int dhcpm_dissect_response(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree,
                           dcerpc_info *di, guint8 *drep);
void dhcpm_call_register(int proto);

/* dhcpm-sdk.c: a method body, or the Windows SDK's form of it where that
 * differs from the specification and the stub says so. */
int dhcpm_sdk_dissect(ndr_ctx_t *ctx, proto_tree *tree, const dhcpm_method_t *method,
                      gboolean is_request, dhcpm_body_fn body);
void dhcpm_sdk_register(int proto);

/* dhcpm-options.c: DHCPv4 and DHCPv6 option names */
value_string_ext *dhcpm_option_names(void);
value_string_ext *dhcpm_option6_names(void);

/* dhcpm-werror.c */
value_string_ext *dhcpm_werror_strings(void);
const char *dhcpm_werror_name(guint32 code);

/* dhcpm-register.c */
void proto_register_dhcpm(void);
void proto_reg_handoff_dhcpm(void);

#endif
