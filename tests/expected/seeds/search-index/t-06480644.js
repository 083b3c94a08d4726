ArchiveIndex.terms("06480644",{"ولا":"Pz","ولم":"Pz"},{});
