ArchiveIndex.terms("0032",{"2":"Y$}$W$|"},{});
