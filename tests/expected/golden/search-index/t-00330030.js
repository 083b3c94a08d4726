ArchiveIndex.terms("00330030",{"30":"i$iT$|","301":"P$i","302":"P$i"},{});
