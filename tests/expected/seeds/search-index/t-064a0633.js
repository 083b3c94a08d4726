ArchiveIndex.terms("064a0633",{"يستهدف":"Pz","يسحب":"Pz"},{});
