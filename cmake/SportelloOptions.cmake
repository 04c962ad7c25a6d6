# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the project's warnings, strict Qt defines and sanitizers;
# every Sportello target links it privately.
add_library(sportello_options INTERFACE)
add_library(Sportello::options ALIAS sportello_options)

target_compile_definitions(sportello_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(MSVC)
  target_compile_options(sportello_options INTERFACE /W4 /permissive- /utf-8)
  if(SPORTELLO_WERROR)
    target_compile_options(sportello_options INTERFACE /WX)
  endif()
else()
  target_compile_options(sportello_options INTERFACE -Wall -Wextra -Wpedantic)
  if(SPORTELLO_WERROR)
    target_compile_options(sportello_options INTERFACE -Werror)
  endif()
  if(SPORTELLO_SANITIZE)
    target_compile_options(sportello_options INTERFACE
      -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sportello_options INTERFACE -fsanitize=address,undefined)
  endif()
  if(SPORTELLO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "SPORTELLO_FUZZ needs clang (libFuzzer): configure with the asan preset")
    endif()
    # Coverage for libFuzzer in every library the harnesses link; the harnesses add the
    # fuzzer's main themselves.
    target_compile_options(sportello_options INTERFACE -fsanitize=fuzzer-no-link)
    target_link_options(sportello_options INTERFACE -fsanitize=fuzzer-no-link)
  endif()
endif()
