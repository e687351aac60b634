module.exports = eval("require")("./assets/dashboard.css");
