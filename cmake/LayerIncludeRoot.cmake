# A layer of ours (a directory of server/ or client/ built as its own library) is included as
# "<layer>/Name.h" from an include root of the layer's own in the build tree, include/<layer>/,
# whose only entry <layer> links to the layer's directory. A library's include path therefore holds
# only its own headers and, through the libraries it links, those of the layers below it, so an
# include the wrong way fails to compile (tests/layering proves it).

include_guard(GLOBAL)

# helpdesk_layer_include_root(<target> <layer>): gives <target> the include root of the directory
# <layer> next to the calling CMakeLists.txt. Two directories cannot claim the same layer name.
function(helpdesk_layer_include_root target layer)
  set(directory ${CMAKE_CURRENT_SOURCE_DIR}/${layer})
  get_property(claimed GLOBAL PROPERTY helpdesk_layer_${layer})
  if(claimed AND NOT claimed STREQUAL directory)
    message(FATAL_ERROR "layer name '${layer}' is taken by ${claimed}; ${directory} needs another")
  endif()
  set_property(GLOBAL PROPERTY helpdesk_layer_${layer} ${directory})
  set(root ${CMAKE_BINARY_DIR}/include/${layer})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${directory} ${root}/${layer} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
endfunction()
