package scenarios

// The historical built-ins (cold-war, 21st-century, europe-1871, europe-1920, europe-1846, middle-east, asia-1950, americas-1950, africa-1960, europe-1816, asia-1990, americas-1870, africa-1990, middle-east-1990, americas-1990, europe-1990, asia-1870, americas-1920, asia-1920, americas-1846) are generated from scenarios/data/ by cmd/scenariogen.
//go:generate go run ../cmd/scenariogen -data data -out builtin

// Then every built-in is compiled (see compiled.go).
//go:generate go run ./internal/compile -out compiled
