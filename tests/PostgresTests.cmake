# The database-layer and store tests once more against a throwaway PostgreSQL server that TestSupport starts
# (initdb + pg_ctl in a scratch folder); without the server programs they exit 77 and CTest reports them skipped.
set(REGULARS_POSTGRESQL_TESTS
    test_customerdirectory test_customerimport test_customerexport test_demoshop test_loyaltyledger
    test_loyaltycommands test_purchaseimport test_retentionreport test_reportcommands test_coupons
    test_couponcommands test_offlinetill)
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

# Offline tills during a server outage (the server is stopped and started by the test itself).
regulars_add_test(test_offlinecommands LABELS postgresql)
add_dependencies(test_offlinecommands regulars)
set_tests_properties(test_offlinecommands PROPERTIES SKIP_RETURN_CODE 77)
regulars_add_test(test_offlinewindow GUI LABELS postgresql)
set_tests_properties(test_offlinewindow PROPERTIES SKIP_RETURN_CODE 77)
# A server shop's till losing and finding its server again (status bar included).
regulars_add_test(test_serverlink GUI LABELS postgresql)
set_tests_properties(test_serverlink PROPERTIES SKIP_RETURN_CODE 77)
