// Tracemark console: the little script the server-rendered pages need. No inline script anywhere (the Content
// Security Policy forbids it); everything is wired here from data- attributes.
(function () {
  'use strict';

  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  // Every htmx request carries the CSRF token.
  document.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-CSRF-Token'] = csrf();
  });

  // Uploads with a progress bar: form[data-upload] posts its file(s) as multipart/form-data to data-upload, with
  // the form's other fields as query parameters, and puts the returned HTML into data-result.
  function wireUpload(form) {
    var drop = form.querySelector('.drop');
    var input = form.querySelector('input[type=file]');
    var bar = form.querySelector('progress');
    var status = form.querySelector('.status');
    var files = null;
    if (drop) {
      ['dragenter', 'dragover'].forEach(function (t) {
        drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
      });
      ['dragleave', 'drop'].forEach(function (t) {
        drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
      });
      drop.addEventListener('drop', function (e) {
        files = e.dataTransfer.files;
        drop.querySelector('p').textContent = Array.prototype.map.call(files, function (f) { return f.name; }).join(', ');
        input.required = false;
      });
    }
    input.addEventListener('change', function () { files = input.files; });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var chosen = files && files.length ? files : input.files;
      if (!chosen || !chosen.length) { input.focus(); return; }
      var params = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && el.type !== 'file' && el.value !== '' && el.type !== 'submit') { params.append(el.name, el.value); }
      });
      var data = new FormData();
      Array.prototype.forEach.call(chosen, function (f) { data.append('file', f, f.name); });
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('data-upload') + (params.toString() ? '?' + params.toString() : ''));
      xhr.setRequestHeader('X-CSRF-Token', csrf());
      xhr.setRequestHeader('HX-Request', 'true');
      var target = document.querySelector(form.getAttribute('data-result'));
      var flash = document.getElementById('flash');
      flash.innerHTML = '';
      bar.hidden = false; bar.value = 0;
      status.textContent = status.getAttribute('data-uploading');
      form.querySelector('button[type=submit]').disabled = true;
      xhr.upload.onprogress = function (p) {
        if (p.lengthComputable) { bar.value = Math.round(100 * p.loaded / p.total); }
      };
      xhr.upload.onload = function () { bar.value = 100; status.textContent = status.getAttribute('data-processing'); };
      xhr.onloadend = function () {
        form.querySelector('button[type=submit]').disabled = false;
        status.textContent = '';
        if (xhr.status >= 200 && xhr.status < 300) {
          target.innerHTML = xhr.responseText;
          if (window.htmx) { window.htmx.process(target); }
          initCharts(target);
        } else if (xhr.status === 0) {
          flash.innerHTML = '<p class="error" role="alert"></p>';
          flash.firstChild.textContent = 'upload failed (network) / 上传失败（网络）';
        } else {
          flash.innerHTML = xhr.responseText;
        }
      };
      xhr.send(data);
    });
  }

  // The release wizard: one step at a time (all steps show without script).
  function wireWizard(form) {
    var steps = form.querySelectorAll('fieldset.step');
    var prev = form.querySelector('.prev');
    var next = form.querySelector('.next');
    var submit = form.querySelector('button[type=submit]');
    var at = 0;
    function show() {
      steps.forEach(function (s, i) { s.hidden = i !== at; });
      prev.hidden = at === 0;
      next.hidden = at === steps.length - 1;
      submit.hidden = at !== steps.length - 1;
    }
    prev.addEventListener('click', function () { at = Math.max(0, at - 1); show(); });
    next.addEventListener('click', function () { at = Math.min(steps.length - 1, at + 1); show(); });
    show();
  }

  // Evidence charts: div.chart carries its ECharts option as JSON in data-option (escaped as an attribute).
  function initCharts(root) {
    if (!window.echarts) { return; }
    var scope = root && root.querySelectorAll ? root : document;
    var charts = Array.prototype.slice.call(scope.querySelectorAll('div.chart[data-option]'));
    if (scope.matches && scope.matches('div.chart[data-option]')) { charts.push(scope); }
    charts.forEach(function (el) {
      if (el.getAttribute('data-done')) { return; }
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(JSON.parse(el.getAttribute('data-option')));
      el.setAttribute('data-done', '1');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-upload]').forEach(wireUpload);
    document.querySelectorAll('form.wizard').forEach(wireWizard);
    var auto = document.querySelector('a[data-autodownload]');
    if (auto) { auto.click(); }
    initCharts(document);
  });
  document.addEventListener('htmx:afterSettle', function (e) { initCharts(e.target); });
  // Copy buttons: button[data-copy] copies the text of the element its selector names (the join page's pass token).
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.querySelector(button.getAttribute('data-copy'));
      if (!source) { return; }
      var text = source.value !== undefined ? source.value : source.textContent;
      var done = function () { button.textContent = button.getAttribute('data-copied') || button.textContent; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { source.select(); });
      } else if (source.select) {
        source.select();
        document.execCommand('copy');
        done();
      }
    });
  });
})();
