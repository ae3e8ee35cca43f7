# Warnings and sanitizers as one INTERFACE target that every dossier target links;
# never global flags, so third-party code is compiled as its packagers intended.
add_library(dossier_warnings INTERFACE)
target_compile_options(dossier_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                       -Wno-unused-parameter)
if(DOSSIER_WERROR)
  target_compile_options(dossier_warnings INTERFACE -Werror)
endif()
if(DOSSIER_SANITIZE)
  target_compile_options(dossier_warnings INTERFACE -fsanitize=address,undefined
                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(dossier_warnings INTERFACE -fsanitize=address,undefined)
endif()
