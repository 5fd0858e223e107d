// The workbench's behaviour: htmx does the requests; this file adds the CSRF header, sends the API's JSON, shows
// problems, follows the live alert stream and draws the charts (ECharts).
(function () {
  'use strict';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  // A form's fields as the API's JSON body. "a.b" nests; numbers from number inputs; data-json fields are parsed;
  // data-array checkboxes collect into arrays; data-boolean gives true/false; with data-changed-only on the form, a
  // field whose value is still its initial one is left out; data-not-sent fields never go.
  function formJson(form) {
    var body = {};
    var changedOnly = form.dataset.changedOnly === 'true';
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el.dataset.notSent === 'true' || el.type === 'file') {
        return;
      }
      if (el.dataset.array === 'true') {
        var list = body[el.name] || (body[el.name] = []);
        if (el.checked) {
          list.push(el.value);
        }
        return;
      }
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) {
        return;
      }
      var initial = el.dataset.initial !== undefined ? el.dataset.initial : el.defaultValue;
      if (changedOnly && el.name !== 'comment' && el.value === initial) {
        return;
      }
      var value = el.value;
      if (el.dataset.json === 'true') {
        value = JSON.parse(value);
      } else if (el.dataset.boolean === 'true') {
        value = value === 'true';
      } else if (el.type === 'number') {
        value = value === '' ? null : Number(value);
      } else if (value === '' && !changedOnly) {
        // an empty optional field is left out; in a change, emptying a value is the change
        return;
      }
      var path = el.name.split('.');
      var target = body;
      if (path.length > 1) {
        target = body[path[0]] || (body[path[0]] = {});
        path = [path.slice(1).join('.')];
      }
      target[path[0]] = value;
    });
    return body;
  }

  function problemBox(elt) {
    var form = elt.closest('form');
    var section = elt.closest('section');
    return (form && form.querySelector('.problem')) || (section && section.querySelector('.problem'));
  }

  function text(tag, value, cls) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    e.textContent = value == null ? '' : String(value);
    return e;
  }

  // A problem detail (RFC 9457) as the page shows it: what and why, and the table of problems by line and column.
  function showProblem(box, status, responseText) {
    if (!box) {
      return;
    }
    var problem;
    try {
      problem = JSON.parse(responseText);
    } catch (e) {
      problem = { title: 'The server refused (' + status + ')' };
    }
    box.replaceChildren();
    box.appendChild(text('p', (problem.title || 'Refused') + (problem.detail ? ': ' + problem.detail : ''),
        'problem-title'));
    if (status === 403 && !problem.detail) {
      box.appendChild(text('p', 'Your role does not allow this.'));
    }
    var errors = problem.errors || [];
    if (errors.length) {
      var table = document.createElement('table');
      table.className = 'errors';
      table.setAttribute('aria-label', 'Problems');
      var head = table.createTHead().insertRow();
      ['Line', 'Column', 'Field', 'Value', 'Reason'].forEach(function (h) {
        var th = text('th', h);
        th.scope = 'col';
        head.appendChild(th);
      });
      var body = table.createTBody();
      errors.forEach(function (e) {
        var row = body.insertRow();
        [e.line != null ? e.line : (e.index != null ? 'item ' + e.index : ''), e.column, e.field, e.value, e.reason]
            .forEach(function (v) { row.appendChild(text('td', v)); });
      });
      box.appendChild(table);
      if (problem.errorCount > errors.length) {
        box.appendChild(text('p', (problem.errorCount - errors.length) + ' more problems are not listed.'));
      }
    }
    box.hidden = false;
  }

  function showResult(form, json) {
    var box = form.querySelector('.result');
    if (!box) {
      return;
    }
    box.replaceChildren();
    var dl = document.createElement('dl');
    Object.keys(json).forEach(function (k) {
      if (typeof json[k] !== 'object') {
        dl.appendChild(text('dt', k));
        dl.appendChild(text('dd', json[k]));
      }
    });
    box.appendChild(text('p', 'Loaded.'));
    box.appendChild(dl);
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.htmx) {
      return;
    }
    htmx.defineExtension('api-json', {
      onEvent: function (name, evt) {
        if (name === 'htmx:configRequest') {
          evt.detail.headers['Content-Type'] = 'application/json';
          evt.detail.headers['Accept'] = 'application/json, application/problem+json';
        }
      },
      encodeParameters: function (xhr, parameters, elt) {
        xhr.overrideMimeType('text/json');
        return JSON.stringify(formJson(elt.closest('form') || elt));
      }
    });

    document.body.addEventListener('htmx:configRequest', function (evt) {
      var header = meta('csrf-header');
      if (header) {
        evt.detail.headers[header] = meta('csrf-token');
      }
    });

    // A list edited as JSON that does not parse is shown as a problem; nothing is sent.
    document.body.addEventListener('htmx:confirm', function (evt) {
      var form = evt.detail.elt.closest && evt.detail.elt.closest('form');
      if (!form) {
        return;
      }
      var bad = Array.prototype.filter.call(form.querySelectorAll('[data-json="true"]'), function (el) {
        try {
          JSON.parse(el.value);
          return false;
        } catch (e) {
          return true;
        }
      });
      if (bad.length) {
        evt.preventDefault();
        showProblem(problemBox(evt.detail.elt), 422, JSON.stringify({ title: 'Not sent',
          detail: 'not JSON: ' + bad.map(function (el) { return el.name; }).join(', ') }));
      }
    });

    document.body.addEventListener('htmx:beforeRequest', function (evt) {
      var box = problemBox(evt.detail.elt);
      if (box) {
        box.hidden = true;
      }
    });

    document.body.addEventListener('htmx:xhr:progress', function (evt) {
      var form = evt.detail.elt.closest('form');
      var bar = form && form.querySelector('progress');
      if (bar && evt.detail.lengthComputable) {
        bar.hidden = false;
        bar.value = Math.round(100 * evt.detail.loaded / evt.detail.total);
      }
    });

    document.body.addEventListener('htmx:afterRequest', function (evt) {
      var elt = evt.detail.elt;
      var form = elt.closest('form');
      var xhr = evt.detail.xhr;
      if (!form || !xhr) {
        return;
      }
      // A preview swaps its answer (or its 422 problems) in by itself; any other refusal is shown here.
      if (elt.id === 'preview') {
        if (xhr.status >= 300 && xhr.status !== 422 && xhr.status !== 0) {
          showProblem(problemBox(elt), xhr.status, xhr.responseText);
        }
        return;
      }
      // Only the forms that call the API: a search swaps its answer in by itself.
      if (form.getAttribute('hx-ext') !== 'api-json' && form.dataset.result !== 'upload') {
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        var done = form.dataset.done || '';
        if (form.dataset.result === 'upload') {
          var bar = form.querySelector('progress');
          if (bar) {
            bar.value = 100;
          }
          showResult(form, JSON.parse(xhr.responseText || '{}'));
        } else if (done === 'reload') {
          window.location.reload();
        } else if (done.indexOf('go:') === 0) {
          window.location.assign(done.substring(3));
        } else if (done.indexOf('message:') === 0) {
          var box = form.querySelector('.result');
          box.textContent = done.substring(8);
          form.reset();
        }
      } else if (xhr.status !== 0) {
        showProblem(problemBox(elt), xhr.status, xhr.responseText);
      }
    });

    // The inbox follows the alert stream: a change refreshes the rows under the chosen filters.
    var rows = document.getElementById('rows');
    var live = document.getElementById('live');
    if (rows && window.EventSource) {
      var fresh = {};
      var pending = null;
      var source = new EventSource('/api/alerts/stream');
      source.onopen = function () {
        live.textContent = 'Live: new and changed alerts appear here as they happen.';
        live.dataset.state = 'open';
      };
      source.onerror = function () {
        live.textContent = 'The live stream is interrupted; reconnecting…';
        live.dataset.state = 'retrying';
      };
      ['RAISED', 'UPDATED', 'CLEARED', 'STATUS_CHANGED', 'REOPENED'].forEach(function (kind) {
        source.addEventListener(kind, function (e) {
          try {
            fresh[JSON.parse(e.data).id] = kind;
          } catch (ignored) {
            // a change without a body still refreshes
          }
          clearTimeout(pending);
          pending = setTimeout(function () {
            htmx.trigger(document.getElementById('rows'), 'refresh');
          }, 150);
        });
      });
      document.body.addEventListener('htmx:afterSwap', function (evt) {
        if (evt.detail.target && evt.detail.target.id === 'rows' || evt.detail.elt.id === 'rows') {
          document.querySelectorAll('#rows tr[data-alert-id]').forEach(function (tr) {
            var kind = fresh[tr.dataset.alertId];
            if (kind) {
              tr.classList.add('fresh');
              tr.title = kind === 'RAISED' ? 'new' : 'changed';
            }
          });
        }
      });
      window.addEventListener('beforeunload', function () { source.close(); });
    }

    charts();
  });

  // Charts: a theatre's two measures over time, and a trade alert's series with its baseline and threshold.
  function charts() {
    var history = document.getElementById('history-chart');
    if (history && window.echarts) {
      fetch(history.dataset.history, { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.json(); })
          .then(function (h) {
            var chart = echarts.init(history);
            var dates = h.points.map(function (p) { return p.date; });
            chart.setOption({
              animation: false,
              tooltip: { trigger: 'axis' },
              legend: { data: ['Escalation level', 'Sanctions pressure level', 'Escalation score',
                'Sanctions pressure score'] },
              grid: { left: 40, right: 40, bottom: 60 },
              xAxis: { type: 'category', data: dates },
              yAxis: [{ type: 'value', name: 'level', min: 0, max: 4, interval: 1 },
                { type: 'value', name: 'score' }],
              dataZoom: [{ type: 'slider' }],
              series: [
                { name: 'Escalation level', type: 'line', step: 'end', data: h.points.map(function (p) { return p.escalation.level; }) },
                { name: 'Sanctions pressure level', type: 'line', step: 'end', data: h.points.map(function (p) { return p.sanctions.level; }) },
                { name: 'Escalation score', type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, symbol: 'none', data: h.points.map(function (p) { return p.escalation.score; }) },
                { name: 'Sanctions pressure score', type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, symbol: 'none', data: h.points.map(function (p) { return p.sanctions.score; }) }
              ]
            });
            history.dataset.points = String(h.points.length);
            window.addEventListener('resize', function () { chart.resize(); });
          })
          .catch(function () { history.textContent = 'The history could not be read.'; });
    }
    var series = document.getElementById('series-chart');
    if (series && window.echarts) {
      fetch(series.dataset.series, { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.json(); })
          .then(function (s) {
            var periods = [];
            s.lines.forEach(function (l) { l.points.forEach(function (p) { if (periods.indexOf(p.period) < 0) { periods.push(p.period); } }); });
            periods.sort();
            var marks = [];
            if (s.baseline != null) {
              marks.push({ name: 'baseline', yAxis: s.baseline, label: { formatter: 'baseline' } });
            }
            if (s.threshold != null) {
              marks.push({ name: 'threshold', yAxis: s.threshold, label: { formatter: 'threshold ×' + s.ratio } });
            }
            var chart = echarts.init(series);
            chart.setOption({
              animation: false,
              tooltip: { trigger: 'axis' },
              legend: { type: 'scroll' },
              grid: { left: 70, right: 30, bottom: 40 },
              xAxis: { type: 'category', data: periods },
              yAxis: { type: 'value', name: 'US$' },
              series: s.lines.map(function (l) {
                var byPeriod = {};
                l.points.forEach(function (p) { byPeriod[p.period] = p.valueUsd; });
                return {
                  name: l.name, type: 'line', connectNulls: true,
                  data: periods.map(function (p) { return byPeriod[p] != null ? byPeriod[p] : null; }),
                  markLine: l.subject && marks.length ? { symbol: 'none', data: marks } : undefined,
                  markPoint: l.subject && s.firedPeriod ? { data: [{ name: 'fired', coord: [s.firedPeriod, s.firedValue] }] } : undefined
                };
              })
            });
            series.dataset.points = String(periods.length);
            window.addEventListener('resize', function () { chart.resize(); });
          })
          .catch(function () { series.textContent = 'The series could not be read.'; });
    }
  }
}());
