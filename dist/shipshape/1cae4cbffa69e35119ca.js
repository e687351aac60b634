module.exports = eval("require")("./assets/dashboard.js");
