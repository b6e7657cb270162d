// Command train-similarity fits claimdiff's similarity model
// (align/similarity.json) on ArNLI's training split and writes it.
//
//	go run ./scripts/train-similarity                     # ../shared/benchmarks/arnli → align/similarity.json
//	go run ./scripts/train-similarity -arnli DIR -out FILE -date 2026-12-07
//
// The data: ArNLI (ftakelait/ArabicNLI, dataset/ArNLI; MIT licence), the
// SICK sentence pairs in Arabic with human relatedness scores. Only the
// training split is fitted; the development split's Spearman is printed
// and stored in the model's figures. Training is deterministic: the same
// data gives the same file (analysis.TestTrainSimilarityReproduces).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/analysis"
)

func main() {
	dir := flag.String("bench", "../shared/benchmarks", "benchmarks folder (arnli/, ans-stance/)")
	out := flag.String("out", "align/similarity.json", "model file to write")
	date := flag.String("date", time.Now().UTC().Format("2006-01-02"), "date recorded in the model")
	flag.Parse()
	if err := run(*dir, *out, *date); err != nil {
		fmt.Fprintln(os.Stderr, "train-similarity:", err)
		os.Exit(1)
	}
}

func run(dir, out, date string) error {
	m, err := analysis.TrainSimilarity(context.Background(), dir, align.DefaultTrainOptions)
	if err != nil {
		return err
	}
	m.About.Data = analysis.SimilarityDataName
	m.About.Licence = "ArNLI: MIT; ANS: Apache-2.0"
	m.About.Command = "go run ./scripts/train-similarity"
	m.About.Date = date
	b, err := analysis.MarshalModel(m)
	if err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	fig, _ := json.Marshal(m.About.Figures)
	fmt.Printf("wrote %s: %d trees; %s\n", out, len(m.Trees), fig)
	return nil
}
