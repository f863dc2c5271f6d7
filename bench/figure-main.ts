// The child process of one figure (.bench/figure.cjs): `figure root warmup runs budgetMs` → samples as JSON on stdout.
import { measureFigure, type FigureRequest } from "./figure";

const [figure = "", root = "", warmup = "1", runs = "5", budgetMs = "60000"] = process.argv.slice(2);
const request: FigureRequest = { figure, root, warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budgetMs) };
measureFigure(request, __dirname, process.cwd()).then(
  (result) => process.stdout.write(JSON.stringify(result) + "\n"),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
