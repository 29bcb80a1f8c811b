# The database-layer and store tests once more against a throwaway PostgreSQL server that TestSupport starts
# (initdb + pg_ctl in a scratch folder); without the server programs they exit 77 and CTest reports them skipped.
set(REGULARS_POSTGRESQL_TESTS
    test_customerdirectory test_customerimport test_customerexport test_demoshop test_loyaltyledger
    test_loyaltycommands test_purchaseimport test_retentionreport test_reportcommands test_coupons
    test_couponcommands test_loyaltyconcurrency test_shops test_useraccounts test_usercommands test_auditlog test_session test_personaldata
    test_hostileinput test_database test_scannercommands test_scanclassifier test_bgnbd test_receiptslip
    # The window on a server shop: its pages and dialogs read and write through the same stores.
    test_mainwindow test_homepage test_saleflow test_auditdialog test_usersdialog test_coupondialogs
    test_importdialog test_reportswindow test_tilllock test_safetygui test_offlinetill)
foreach(name IN LISTS REGULARS_POSTGRESQL_TESTS)
    add_test(NAME ${name}_postgresql COMMAND ${name})
    set_tests_properties(${name}_postgresql PROPERTIES
        LABELS "postgresql"
        SKIP_RETURN_CODE 77
        ENVIRONMENT "REGULARS_TEST_BACKEND=postgresql;QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR}/runtime;HOME=${CMAKE_CURRENT_BINARY_DIR}/home;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endforeach()

# The PostgreSQL backend's own behaviour (opening, refusing, `regulars migrate`).
regulars_add_test(test_postgres LABELS postgresql)
add_dependencies(test_postgres regulars)
set_tests_properties(test_postgres PROPERTIES SKIP_RETURN_CODE 77)
# Backups of a server's shop with pg_dump and pg_restore.
regulars_add_test(test_serverbackups LABELS postgresql)
add_dependencies(test_serverbackups regulars)
set_tests_properties(test_serverbackups PROPERTIES SKIP_RETURN_CODE 77)
# The window's password question, and asking again after a wrong password, on an account that needs one.
regulars_add_test(test_serverpassworddialog GUI LABELS postgresql)

# Offline tills during a server outage (the server is stopped and started by the test itself).
regulars_add_test(test_offlinecommands LABELS postgresql)
add_dependencies(test_offlinecommands regulars)
set_tests_properties(test_offlinecommands PROPERTIES SKIP_RETURN_CODE 77)
regulars_add_test(test_offlinewindow GUI LABELS postgresql)
set_tests_properties(test_offlinewindow PROPERTIES SKIP_RETURN_CODE 77)
# A server shop's till losing and finding its server again (status bar included).
regulars_add_test(test_serverlink GUI LABELS postgresql)
set_tests_properties(test_serverlink PROPERTIES SKIP_RETURN_CODE 77)
