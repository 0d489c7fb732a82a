# Every library and executable links gardener_warnings, so the rules below hold project-wide.
add_library(gardener_warnings INTERFACE)
if(MSVC)
    target_compile_options(gardener_warnings INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(gardener_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
endif()
target_compile_definitions(gardener_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
