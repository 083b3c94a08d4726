ArchiveIndex.terms("062d0631",{"حرب":"P$^","حربي":"P$^"},{});
