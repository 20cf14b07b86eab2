module wazzup-unf

go 1.26.8
