ArchiveIndex.terms("0641064a",{"في":"P%P","فيه":"Pz"},{});
