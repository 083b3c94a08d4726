ArchiveIndex.terms("0627063a",{"اغسطس":"$_$|R$|Q$|"},{});
