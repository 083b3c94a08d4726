ArchiveIndex.terms("062c0645",{"جماع":"P$^"},{});
