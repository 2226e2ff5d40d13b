// Every test sees the library as its users do: the entry registers the HTML and YAML parsers.
import '../../src/index.js';
