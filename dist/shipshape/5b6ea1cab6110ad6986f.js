module.exports = eval("require")("../../node_modules/chart.js/dist/chart.umd.min.js");
