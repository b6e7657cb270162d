// Command train-swap fits claimdiff's learned substitution gate
// (diff/swap.json) on the training splits of ANS (headline rewrites that
// keep or change a fact) and ArNLI (entailment and contradiction pairs),
// and writes it.
//
//	go run ./scripts/train-swap                          # ../shared/benchmarks → diff/swap.json
//	go run ./scripts/train-swap -bench DIR -out FILE -date 2026-12-07
//
// Training is deterministic: the same data gives the same file
// (analysis.TestTrainSwapReproduces).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/claimdiff/claimdiff/analysis"
)

func main() {
	dir := flag.String("bench", "../shared/benchmarks", "benchmarks folder (ans-stance/, arnli/)")
	out := flag.String("out", "diff/swap.json", "model file to write")
	date := flag.String("date", time.Now().UTC().Format("2006-01-02"), "date recorded in the model")
	flag.Parse()
	m, err := analysis.TrainSwap(context.Background(), *dir, analysis.SwapTrainOptions)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-swap:", err)
		os.Exit(1)
	}
	m.About.Data = analysis.SwapDataName
	m.About.Licence = "ANS: Apache-2.0; ArNLI: MIT"
	m.About.Command = "go run ./scripts/train-swap"
	m.About.Date = *date
	b, err := analysis.MarshalSwapModel(m)
	if err == nil {
		tmp := *out + ".tmp"
		if err = os.WriteFile(tmp, b, 0o644); err == nil {
			err = os.Rename(tmp, *out)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-swap:", err)
		os.Exit(1)
	}
	fig, _ := json.Marshal(m.About.Figures)
	fmt.Printf("wrote %s: %d trees, %d stems, threshold %.2f; %s\n", *out, len(m.Trees), len(m.Change), m.Threshold, fig)
}
