ArchiveIndex.terms("062c0645",{"جماع":[0,58]},{});
