ArchiveIndex.terms("062e0628",{"خبر":"Q$|S$|$Y$|Q$|R$|Q$|Q$|"},{});
