# Statistics > DHCPM and the configuration audit.
# The tables (-z dhcpm,calls, -z dhcpm,relationships) against each capture's
# truth and the failover report; the audit (-z dhcpm,audit,json and csv,
# -z dhcpm,changes) lists every change of the truth with its values.
foreach(capture failover-tcp inventory malformed protocol-dhcpsrv protocol-dhcpsrv2)
    add_test(NAME tables.${capture}
             COMMAND ${RUNNER} tables ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()
foreach(capture conformance failover-fragments protocol-dhcpsrv protocol-dhcpsrv2 protocol-ndr64
        protocol-long)
    add_test(NAME audit.${capture}
             COMMAND ${RUNNER} audit ${CAPTURES}/${capture}.pcapng ${CAPTURES}/${capture}.truth.json)
endforeach()

# The capture made for the audit and the security findings (captures/gen_audit.py):
# every change method over NTLM (PKT_INTEGRITY) and Kerberos (PKT_PRIVACY, read with
# the keytab of transport-kerberos) and without authentication, some failing.
set(AUDIT_KERBEROS --pref kerberos.decrypt:TRUE
    --pref-file kerberos.file:${CAPTURES}/transport-kerberos.keytab)
add_test(NAME decode.audit
         COMMAND ${RUNNER} ${AUDIT_KERBEROS} truth ${CAPTURES}/audit.pcapng ${CAPTURES}/audit.truth.json)
add_test(NAME audit.audit
         COMMAND ${RUNNER} ${AUDIT_KERBEROS} audit ${CAPTURES}/audit.pcapng ${CAPTURES}/audit.truth.json)
# Each security finding fires on the frames of the truth's "experts", and nowhere else.
add_test(NAME security.audit
         COMMAND ${RUNNER} ${AUDIT_KERBEROS} security ${CAPTURES}/audit.pcapng
                 ${CAPTURES}/audit.truth.json)
# the same in two passes (tshark -2: the burst is counted on the first pass only)
add_test(NAME security.audit.two_pass
         COMMAND ${RUNNER} ${AUDIT_KERBEROS} --read-option=-2 security ${CAPTURES}/audit.pcapng
                 ${CAPTURES}/audit.truth.json)
# ... and on no conforming call: authenticated captures raise none at all,
add_test(NAME security.conforming
         COMMAND ${RUNNER} --none security ${CAPTURES}/conforming.pcapng
                 ${CAPTURES}/conforming.truth.json)
add_test(NAME security.transport-sealed
         COMMAND ${RUNNER} --pref ntlmssp.nt_password:Failover-2024! --none
                 security ${CAPTURES}/transport-sealed.pcapng ${CAPTURES}/transport-sealed.truth.json)
add_test(NAME security.transport-kerberos
         COMMAND ${RUNNER} ${AUDIT_KERBEROS} --none security ${CAPTURES}/transport-kerberos.pcapng
                 ${CAPTURES}/transport-kerberos.truth.json)
# while the captures made without authentication over TCP raise exactly what their
# truth implies: unauthenticated_call on failover requests, unauthenticated_change on
# changes, secret_not_sealed on PDUs with a secret (and unc_path, access_denied_burst
# where their values and results make them), derived by the test from the truth.
foreach(capture protocol-dhcpsrv protocol-dhcpsrv2 protocol-ndr64 protocol-long failover-tcp
        failover-ndr64 failover-fragments transport-epm)
    add_test(NAME security.${capture}
             COMMAND ${RUNNER} --derive none security ${CAPTURES}/${capture}.pcapng
                     ${CAPTURES}/${capture}.truth.json)
endforeach()
