ArchiveIndex.terms("00350037",{"57":"$]$i"},{});
